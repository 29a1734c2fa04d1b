"""Translations of the desk's DatoCMS page: videos, tracks, jobs, the publish, generate and Dotsub
batch dialogs and the language picker (the format is described in tools/translations/__init__.py).

Texts already in core_ui.py (Type, Status, Language, Language:, Project, Refresh, Clear finished,
Ready, Failed, Cancelled) are not repeated here."""

CATALOG: dict[str, dict[str, str | list[str]]] = {}


def _add(rows: dict[str, tuple[str, str, str, str]]) -> None:
    for source, (de, fr, es, ar) in rows.items():
        CATALOG[source] = {"de": de, "fr": fr, "es": es, "ar": ar}


# -- the page: videos, the chosen video, its tracks and the jobs
_add({
    "<h3>DatoCMS is not set up</h3><p>Set up DatoCMS in Settings: add the project's API token (and its environment, "
    "if you publish to a sandbox).</p><p>Then this page lists the project's videos and their subtitle tracks.</p>": (
        "<h3>DatoCMS ist nicht eingerichtet</h3><p>Richten Sie DatoCMS in den Einstellungen ein: Tragen Sie das "
        "API-Token des Projekts ein (und seine Umgebung, wenn Sie in eine Sandbox veröffentlichen).</p><p>Danach "
        "listet diese Seite die Videos des Projekts und ihre Untertitelspuren auf.</p>",
        "<h3>DatoCMS n'est pas configuré</h3><p>Configurez DatoCMS dans les Paramètres : ajoutez le jeton d'API du "
        "projet (et son environnement, si vous publiez dans un bac à sable).</p><p>Cette page liste ensuite les "
        "vidéos du projet et leurs pistes de sous-titres.</p>",
        "<h3>DatoCMS no está configurado</h3><p>Configure DatoCMS en Configuración: añada el token de API del "
        "proyecto (y su entorno, si publica en un sandbox).</p><p>Después, esta página muestra los vídeos del "
        "proyecto y sus pistas de subtítulos.</p>",
        "<h3>لم يُعدّ DatoCMS بعد</h3><p>أعدّ DatoCMS في الإعدادات: أضف رمز API الخاص بالمشروع (وبيئته إذا كنت "
        "تنشر في بيئة اختبار).</p><p>بعد ذلك تعرض هذه الصفحة مقاطع فيديو المشروع ومسارات ترجمتها.</p>"),
    "<b>Videos</b> in the DatoCMS Media Area": ("<b>Videos</b> im DatoCMS-Medienbereich",
                                                "<b>Vidéos</b> de la zone Médias de DatoCMS",
                                                "<b>Vídeos</b> del área de medios de DatoCMS",
                                                "<b>مقاطع الفيديو</b> في منطقة الوسائط في DatoCMS"),
    "Search file names, notes and tags": ("Dateinamen, Notizen und Tags durchsuchen",
                                          "Rechercher dans les noms de fichiers, les notes et les tags",
                                          "Buscar en nombres de archivo, notas y etiquetas",
                                          "البحث في أسماء الملفات والملاحظات والوسوم"),
    "Loading videos…": ("Videos werden geladen…", "Chargement des vidéos…", "Cargando vídeos…",
                        "جارٍ تحميل مقاطع الفيديو…"),
    "Choose a video": ("Video auswählen", "Choisissez une vidéo", "Elija un vídeo", "اختر فيديو"),
    "Publish open subtitles…": ("Geöffnete Untertitel veröffentlichen…", "Publier les sous-titres ouverts…",
                                "Publicar los subtítulos abiertos…", "نشر الترجمات المفتوحة…"),
    "Publish from Dotsub…": ("Aus Dotsub veröffentlichen…", "Publier depuis Dotsub…", "Publicar desde Dotsub…",
                             "نشر من Dotsub…"),
    "Generate subtitles…": ("Untertitel generieren…", "Générer des sous-titres…", "Generar subtítulos…",
                            "توليد ترجمات…"),
    "Delete track…": ("Spur löschen…", "Supprimer la piste…", "Eliminar la pista…", "حذف المسار…"),
    "Loading tracks…": ("Spuren werden geladen…", "Chargement des pistes…", "Cargando pistas…",
                        "جارٍ تحميل المسارات…"),
    "<b>Jobs</b> started in this session": ("In dieser Sitzung gestartete <b>Aufträge</b>",
                                            "<b>Travaux</b> lancés pendant cette session",
                                            "<b>Trabajos</b> iniciados en esta sesión",
                                            "<b>المهام</b> التي بدأت في هذه الجلسة"),
    "The videos could not be loaded (see the message above).": (
        "Die Videos konnten nicht geladen werden (siehe Meldung oben).",
        "Les vidéos n'ont pas pu être chargées (voir le message ci-dessus).",
        "No se pudieron cargar los vídeos (vea el mensaje de arriba).",
        "تعذّر تحميل مقاطع الفيديو (راجع الرسالة أعلاه)."),
    "No video matches “{query}”. Try part of a file name or a tag.": (
        "Kein Video passt zu „{query}“. Versuchen Sie einen Teil eines Dateinamens oder ein Tag.",
        "Aucune vidéo ne correspond à « {query} ». Essayez une partie d'un nom de fichier ou un tag.",
        "Ningún vídeo coincide con «{query}». Pruebe con parte de un nombre de archivo o una etiqueta.",
        "لا يوجد فيديو يطابق «{query}». جرّب جزءًا من اسم ملف أو وسمًا."),
    "The Media Area has no videos yet. Upload one in DatoCMS, then Refresh.": (
        "Der Medienbereich enthält noch keine Videos. Laden Sie eines in DatoCMS hoch und klicken Sie dann auf "
        "Aktualisieren.",
        "La zone Médias ne contient encore aucune vidéo. Envoyez-en une dans DatoCMS, puis cliquez sur Actualiser.",
        "El área de medios aún no tiene vídeos. Suba uno en DatoCMS y pulse Actualizar.",
        "لا تحتوي منطقة الوسائط على مقاطع فيديو بعد. ارفع مقطعًا في DatoCMS ثم اضغط تحديث."),
    "{rate} fps": ("{rate} fps", "{rate} i/s", "{rate} fps", "{rate} إطار/ث"),
    "Choose a video on the left to see its subtitle and audio tracks.": (
        "Wählen Sie links ein Video, um seine Untertitel- und Audiospuren zu sehen.",
        "Choisissez une vidéo à gauche pour voir ses pistes de sous-titres et audio.",
        "Elija un vídeo a la izquierda para ver sus pistas de subtítulos y de audio.",
        # the window is laid out right to left in Arabic: the videos are on the right
        "اختر فيديو من القائمة على اليمين لعرض مسارات الترجمة والصوت الخاصة به."),
    "This video has no tracks yet.\nPublish the subtitles open in the editor, publish a Dotsub media's languages, "
    "or generate subtitles from the audio.": (
        "Dieses Video hat noch keine Spuren.\nVeröffentlichen Sie die im Editor geöffneten Untertitel, "
        "veröffentlichen Sie die Sprachen eines Dotsub-Mediums oder generieren Sie Untertitel aus dem Ton.",
        "Cette vidéo n'a pas encore de piste.\nPubliez les sous-titres ouverts dans l'éditeur, publiez les langues "
        "d'un média Dotsub ou générez des sous-titres à partir de l'audio.",
        "Este vídeo aún no tiene pistas.\nPublique los subtítulos abiertos en el editor, publique los idiomas de un "
        "medio de Dotsub o genere subtítulos a partir del audio.",
        "لا مسارات لهذا الفيديو بعد.\nانشر الترجمات المفتوحة في المحرر، أو انشر لغات وسائط من Dotsub، أو ولّد "
        "ترجمات من الصوت."),
    "Publish the subtitles open in the editor as a WebVTT track of this video": (
        "Die im Editor geöffneten Untertitel als WebVTT-Spur dieses Videos veröffentlichen",
        "Publier les sous-titres ouverts dans l'éditeur comme piste WebVTT de cette vidéo",
        "Publicar los subtítulos abiertos en el editor como pista WebVTT de este vídeo",
        "نشر الترجمات المفتوحة في المحرر كمسار WebVTT لهذا الفيديو"),
    "Open subtitles in the editor first": ("Zuerst Untertitel im Editor öffnen",
                                           "Ouvrez d'abord des sous-titres dans l'éditeur",
                                           "Abra primero unos subtítulos en el editor", "افتح ترجمات في المحرر أولًا"),
    "Publish every finished language of a Dotsub media as tracks": (
        "Jede fertige Sprache eines Dotsub-Mediums als Spur veröffentlichen",
        "Publier chaque langue terminée d'un média Dotsub comme piste",
        "Publicar cada idioma terminado de un medio de Dotsub como pista",
        "نشر كل لغة مكتملة من وسائط Dotsub كمسار"),
    "Set up Dotsub in Settings to publish its languages": (
        "Richten Sie Dotsub in den Einstellungen ein, um seine Sprachen zu veröffentlichen",
        "Configurez Dotsub dans les Paramètres pour publier ses langues",
        "Configure Dotsub en Configuración para publicar sus idiomas",
        "أعدّ Dotsub في الإعدادات لنشر لغاته"),
    "Have DatoCMS transcribe the video's audio into a subtitles track": (
        "Den Ton des Videos von DatoCMS in eine Untertitelspur transkribieren lassen",
        "Faire transcrire l'audio de la vidéo par DatoCMS dans une piste de sous-titres",
        "Hacer que DatoCMS transcriba el audio del vídeo en una pista de subtítulos",
        "اجعل DatoCMS يفرّغ صوت الفيديو نصيًا في مسار ترجمة"),
    "Untitled": ("Unbenannt", "Sans titre", "Sin título", "بلا عنوان"),
    "Delete track": ("Spur löschen", "Supprimer la piste", "Eliminar la pista", "حذف المسار"),
    "Delete the {type} track “{track}” ({code}) from {video}?\n\nViewers lose it at once; this cannot be undone.": (
        "Spur „{track}“ ({type}, {code}) aus {video} löschen?\n\nZuschauer verlieren sie sofort; dies kann nicht "
        "rückgängig gemacht werden.",
        "Supprimer la piste « {track} » ({type}, {code}) de {video} ?\n\nLes spectateurs la perdent immédiatement ; "
        "cette action est irréversible.",
        "¿Eliminar la pista «{track}» ({type}, {code}) de {video}?\n\nLos espectadores la pierden al instante; esta "
        "acción no se puede deshacer.",
        "هل تريد حذف المسار «{track}» ({type}، {code}) من {video}؟\n\nيفقده المشاهدون فورًا، ولا يمكن التراجع عن "
        "ذلك."),
    "Delete": ("Löschen", "Supprimer", "Eliminar", "حذف"),
    "DatoCMS: {job} on {video}: {status}": ("DatoCMS: {job} für {video}: {status}",
                                            "DatoCMS : {job} sur {video} : {status}",
                                            "DatoCMS: {job} en {video}: {status}",
                                            "DatoCMS: {job} على {video}: {status}"),
    "DatoCMS: {job} on {video}: {status} — {message}": ("DatoCMS: {job} für {video}: {status} — {message}",
                                                        "DatoCMS : {job} sur {video} : {status} — {message}",
                                                        "DatoCMS: {job} en {video}: {status} — {message}",
                                                        "DatoCMS: {job} على {video}: {status} — {message}"),
})
CATALOG["%n video(s)"] = {
    "en": ["%n video", "%n videos"],
    "de": ["%n Video", "%n Videos"], "fr": ["%n vidéo", "%n vidéos"], "es": ["%n vídeo", "%n vídeos"],
    "ar": ["لا مقاطع فيديو", "مقطع فيديو واحد", "مقطعا فيديو", "%n مقاطع فيديو", "%n مقطع فيديو", "%n مقطع فيديو"]}
CATALOG["Showing {shown} of %n video(s); scroll for more"] = {
    "en": ["Showing {shown} of %n videos; scroll for more", "Showing {shown} of %n videos; scroll for more"],
    "de": ["{shown} von %n Video angezeigt; für weitere scrollen",
           "{shown} von %n Videos angezeigt; für weitere scrollen"],
    "fr": ["Affichage de {shown} sur %n vidéo ; faites défiler pour en voir plus",
           "Affichage de {shown} sur %n vidéos ; faites défiler pour en voir plus"],
    "es": ["Se muestran {shown} de %n vídeo; desplácese para ver más",
           "Se muestran {shown} de %n vídeos; desplácese para ver más"],
    "ar": ["عرض {shown} من أصل %n مقطع فيديو؛ مرّر لعرض المزيد",
           "عرض {shown} من أصل مقطع فيديو واحد؛ مرّر لعرض المزيد",
           "عرض {shown} من أصل مقطعي فيديو؛ مرّر لعرض المزيد",
           "عرض {shown} من أصل %n مقاطع فيديو؛ مرّر لعرض المزيد",
           "عرض {shown} من أصل %n مقطع فيديو؛ مرّر لعرض المزيد",
           "عرض {shown} من أصل %n مقطع فيديو؛ مرّر لعرض المزيد"]}

# -- the tables: videos, tracks, jobs (the jobs table's context, JobsModel, is cielo24's too)
_add({
    "Video": ("Video", "Vidéo", "Vídeo", "الفيديو"),
    "Length": ("Länge", "Durée", "Duración", "المدة"),
    "Size": ("Größe", "Taille", "Tamaño", "الحجم"),
    "Added": ("Hinzugefügt", "Ajoutée le", "Añadido", "تاريخ الإضافة"),
    "Name": ("Name", "Nom", "Nombre", "الاسم"),
    "SDH": ("SDH", "SME", "SPS", "للصم"),
    "Message": ("Meldung", "Message", "Mensaje", "الرسالة"),
    "Subtitles": ("Untertitel", "Sous-titres", "Subtítulos", "ترجمة"),
    "Audio": ("Audio", "Audio", "Audio", "صوت"),
    "Closed captions (subtitles for the deaf and hard of hearing)": (
        "Untertitel für Hörgeschädigte (für Gehörlose und Schwerhörige)",
        "Sous-titrage SME (sous-titres pour sourds et malentendants)",
        "Subtitulado SPS (subtítulos para personas sordas y con discapacidad auditiva)",
        "ترجمة مغلقة (للصم وضعاف السمع)"),
    "Job": ("Auftrag", "Travail", "Trabajo", "المهمة"),
    "Progress": ("Fortschritt", "Progression", "Progreso", "التقدم"),
    "Uploading": ("Wird hochgeladen", "Envoi en cours", "Subiendo", "جارٍ الرفع"),
    "Waiting for DatoCMS": ("Warten auf DatoCMS", "En attente de DatoCMS", "Esperando a DatoCMS", "بانتظار DatoCMS"),
    "Preparing": ("Wird vorbereitet", "Préparation", "Preparando", "جارٍ التحضير"),
    "Deleted": ("Gelöscht", "Supprimé", "Eliminado", "حُذف"),
    "Errored": ("Fehlerhaft", "En erreur", "Con error", "حدث خطأ"),
})

# -- the jobs: their descriptions, activity titles and messages
_add({
    "Loading DatoCMS videos": ("DatoCMS-Videos werden geladen", "Chargement des vidéos DatoCMS",
                               "Cargando vídeos de DatoCMS", "جارٍ تحميل مقاطع فيديو DatoCMS"),
    "Publish {language}": ("{language} veröffentlichen", "Publier {language}", "Publicar {language}",
                           "نشر {language}"),
    "Publishing {language} to {video}": ("{language} wird in {video} veröffentlicht",
                                         "Publication de {language} sur {video}",
                                         "Publicando {language} en {video}", "جارٍ نشر {language} على {video}"),
    "Publish from Dotsub “{title}” {language}": ("{language} aus Dotsub „{title}“ veröffentlichen",
                                                 "Publier {language} depuis Dotsub « {title} »",
                                                 "Publicar {language} desde Dotsub «{title}»",
                                                 "نشر {language} من Dotsub «{title}»"),
    "Publishing {title} · {language} to {video}": ("{title} · {language} wird in {video} veröffentlicht",
                                                   "Publication de {title} · {language} sur {video}",
                                                   "Publicando {title} · {language} en {video}",
                                                   "جارٍ نشر {title} · {language} على {video}"),
    "Generate {language}": ("{language} generieren", "Générer {language}", "Generar {language}",
                            "توليد {language}"),
    "Generating {language} subtitles for {video}": ("Untertitel ({language}) für {video} werden generiert",
                                                    "Génération des sous-titres {language} pour {video}",
                                                    "Generando subtítulos en {language} para {video}",
                                                    "جارٍ توليد ترجمة {language} للفيديو {video}"),
    "Delete {track}": ("{track} löschen", "Supprimer {track}", "Eliminar {track}", "حذف {track}"),
    "Deleting {track} from {video}": ("{track} wird aus {video} gelöscht", "Suppression de {track} de {video}",
                                      "Eliminando {track} de {video}", "جارٍ حذف {track} من {video}"),
    "Unexpected error (see the error report)": ("Unerwarteter Fehler (siehe Fehlerbericht)",
                                                "Erreur inattendue (voir le rapport d'erreur)",
                                                "Error inesperado (consulte el informe de errores)",
                                                "خطأ غير متوقع (راجع تقرير الخطأ)"),
    "DatoCMS could not prepare the track": ("DatoCMS konnte die Spur nicht vorbereiten",
                                            "DatoCMS n'a pas pu préparer la piste",
                                            "DatoCMS no pudo preparar la pista", "تعذّر على DatoCMS تحضير المسار"),
})

# -- the dialogs: publish, generate, publish a Dotsub media's languages
_add({
    "Shown in the player's subtitle menu": ("Wird im Untertitelmenü des Players angezeigt",
                                            "Affiché dans le menu des sous-titres du lecteur",
                                            "Se muestra en el menú de subtítulos del reproductor",
                                            "يظهر في قائمة الترجمات في المشغّل"),
    "Track name:": ("Spurname:", "Nom de la piste :", "Nombre de la pista:", "اسم المسار:"),
    "Publish subtitles to DatoCMS": ("Untertitel in DatoCMS veröffentlichen", "Publier des sous-titres sur DatoCMS",
                                     "Publicar subtítulos en DatoCMS", "نشر الترجمات على DatoCMS"),
    "Closed captions (SDH: sound effects and speaker names for deaf and hard-of-hearing viewers)": (
        "Untertitel für Hörgeschädigte (SDH: Geräusche und Sprechernamen für gehörlose und schwerhörige Zuschauer)",
        "Sous-titrage SME (effets sonores et noms des locuteurs pour les spectateurs sourds et malentendants)",
        "Subtitulado SPS (efectos de sonido y nombres de los hablantes para espectadores sordos o con "
        "discapacidad auditiva)",
        "ترجمة مغلقة (SDH: المؤثرات الصوتية وأسماء المتحدثين للمشاهدين الصم وضعاف السمع)"),
    "Publish": ("Veröffentlichen", "Publier", "Publicar", "نشر"),
    "WebVTT cannot keep everything in these subtitles:\n• {notes}": (
        "WebVTT kann nicht alles aus diesen Untertiteln übernehmen:\n• {notes}",
        "WebVTT ne peut pas conserver tout le contenu de ces sous-titres :\n• {notes}",
        "WebVTT no puede conservar todo lo que contienen estos subtítulos:\n• {notes}",
        "لا يستطيع WebVTT الاحتفاظ بكل ما في هذه الترجمات:\n• {notes}"),
    "Generate subtitles": ("Untertitel generieren", "Générer des sous-titres", "Generar subtítulos", "توليد ترجمات"),
    "DatoCMS transcribes the audio of <b>{video}</b> into a new subtitles track. Pick the language spoken in the "
    "video.": (
        "DatoCMS transkribiert den Ton von <b>{video}</b> in eine neue Untertitelspur. Wählen Sie die im Video "
        "gesprochene Sprache.",
        "DatoCMS transcrit l'audio de <b>{video}</b> dans une nouvelle piste de sous-titres. Choisissez la langue "
        "parlée dans la vidéo.",
        "DatoCMS transcribe el audio de <b>{video}</b> en una nueva pista de subtítulos. Elija el idioma hablado en "
        "el vídeo.",
        "يفرّغ DatoCMS صوت <b>{video}</b> نصيًا في مسار ترجمة جديد. اختر اللغة المنطوقة في الفيديو."),
    "Generate": ("Generieren", "Générer", "Generar", "توليد"),
    "Publish a Dotsub media's languages": ("Sprachen eines Dotsub-Mediums veröffentlichen",
                                           "Publier les langues d'un média Dotsub",
                                           "Publicar los idiomas de un medio de Dotsub", "نشر لغات وسائط من Dotsub"),
    "Every finished language of the Dotsub media you pick becomes a subtitles track of <b>{video}</b>.": (
        "Jede fertige Sprache des gewählten Dotsub-Mediums wird zu einer Untertitelspur von <b>{video}</b>.",
        "Chaque langue terminée du média Dotsub choisi devient une piste de sous-titres de <b>{video}</b>.",
        "Cada idioma terminado del medio de Dotsub que elija se convierte en una pista de subtítulos de "
        "<b>{video}</b>.",
        "تصبح كل لغة مكتملة من وسائط Dotsub التي تختارها مسار ترجمة للفيديو <b>{video}</b>."),
    "Dotsub media title": ("Titel des Dotsub-Mediums", "Titre du média Dotsub", "Título del medio de Dotsub",
                           "عنوان وسائط Dotsub"),
    "Search": ("Suchen", "Rechercher", "Buscar", "بحث"),
    "Title": ("Titel", "Titre", "Título", "العنوان"),
    "Finished languages": ("Fertige Sprachen", "Langues terminées", "Idiomas terminados", "اللغات المكتملة"),
    "Languages to publish:": ("Zu veröffentlichende Sprachen:", "Langues à publier :", "Idiomas que publicar:",
                              "اللغات المراد نشرها:"),
    "Searching Dotsub…": ("Dotsub wird durchsucht…", "Recherche sur Dotsub…", "Buscando en Dotsub…",
                          "جارٍ البحث في Dotsub…"),
    "No Dotsub media with finished languages matches; try another title.": (
        "Kein Dotsub-Medium mit fertigen Sprachen passt; versuchen Sie einen anderen Titel.",
        "Aucun média Dotsub avec des langues terminées ne correspond ; essayez un autre titre.",
        "Ningún medio de Dotsub con idiomas terminados coincide; pruebe con otro título.",
        "لا توجد وسائط في Dotsub بلغات مكتملة تطابق البحث؛ جرّب عنوانًا آخر."),
})
CATALOG["Publish <b>{name}</b> (%n cue(s)) as a WebVTT subtitles track of <b>{video}</b>."] = {
    "en": ["Publish <b>{name}</b> (%n cues) as a WebVTT subtitles track of <b>{video}</b>.",
           "Publish <b>{name}</b> (%n cues) as a WebVTT subtitles track of <b>{video}</b>."],  # as it always read
    "de": ["<b>{name}</b> (%n Untertitel) als WebVTT-Untertitelspur von <b>{video}</b> veröffentlichen.",
           "<b>{name}</b> (%n Untertitel) als WebVTT-Untertitelspur von <b>{video}</b> veröffentlichen."],
    "fr": ["Publier <b>{name}</b> (%n sous-titre) comme piste de sous-titres WebVTT de <b>{video}</b>.",
           "Publier <b>{name}</b> (%n sous-titres) comme piste de sous-titres WebVTT de <b>{video}</b>."],
    "es": ["Publicar <b>{name}</b> (%n subtítulo) como pista de subtítulos WebVTT de <b>{video}</b>.",
           "Publicar <b>{name}</b> (%n subtítulos) como pista de subtítulos WebVTT de <b>{video}</b>."],
    "ar": ["نشر <b>{name}</b> (لا ترجمات) كمسار ترجمة WebVTT للفيديو <b>{video}</b>.",
           "نشر <b>{name}</b> (ترجمة واحدة) كمسار ترجمة WebVTT للفيديو <b>{video}</b>.",
           "نشر <b>{name}</b> (ترجمتان) كمسار ترجمة WebVTT للفيديو <b>{video}</b>.",
           "نشر <b>{name}</b> (%n ترجمات) كمسار ترجمة WebVTT للفيديو <b>{video}</b>.",
           "نشر <b>{name}</b> (%n ترجمة) كمسار ترجمة WebVTT للفيديو <b>{video}</b>.",
           "نشر <b>{name}</b> (%n ترجمة) كمسار ترجمة WebVTT للفيديو <b>{video}</b>."]}
CATALOG["%n media with finished languages"] = {
    "en": ["%n media with finished languages", "%n media with finished languages"],
    "de": ["%n Medium mit fertigen Sprachen", "%n Medien mit fertigen Sprachen"],
    "fr": ["%n média avec des langues terminées", "%n médias avec des langues terminées"],
    "es": ["%n medio con idiomas terminados", "%n medios con idiomas terminados"],
    "ar": ["لا وسائط بلغات مكتملة", "وسيط واحد بلغات مكتملة", "وسيطان بلغات مكتملة", "%n وسائط بلغات مكتملة",
           "%n وسيطًا بلغات مكتملة", "%n وسيط بلغات مكتملة"]}
CATALOG["%n media with finished languages (of {total} found; refine the title to see more)"] = {
    "en": ["%n media with finished languages (of {total} found; refine the title to see more)",
           "%n media with finished languages (of {total} found; refine the title to see more)"],
    "de": ["%n Medium mit fertigen Sprachen (von {total} gefundenen; Titel genauer angeben, um mehr zu sehen)",
           "%n Medien mit fertigen Sprachen (von {total} gefundenen; Titel genauer angeben, um mehr zu sehen)"],
    "fr": ["%n média avec des langues terminées (sur {total} trouvés ; précisez le titre pour en voir plus)",
           "%n médias avec des langues terminées (sur {total} trouvés ; précisez le titre pour en voir plus)"],
    "es": ["%n medio con idiomas terminados (de {total} encontrados; precise el título para ver más)",
           "%n medios con idiomas terminados (de {total} encontrados; precise el título para ver más)"],
    "ar": ["لا وسائط بلغات مكتملة (من أصل {total} نتيجة؛ حدّد العنوان بدقة أكبر لرؤية المزيد)",
           "وسيط واحد بلغات مكتملة (من أصل {total} نتيجة؛ حدّد العنوان بدقة أكبر لرؤية المزيد)",
           "وسيطان بلغات مكتملة (من أصل {total} نتيجة؛ حدّد العنوان بدقة أكبر لرؤية المزيد)",
           "%n وسائط بلغات مكتملة (من أصل {total} نتيجة؛ حدّد العنوان بدقة أكبر لرؤية المزيد)",
           "%n وسيطًا بلغات مكتملة (من أصل {total} نتيجة؛ حدّد العنوان بدقة أكبر لرؤية المزيد)",
           "%n وسيط بلغات مكتملة (من أصل {total} نتيجة؛ حدّد العنوان بدقة أكبر لرؤية المزيد)"]}

# -- the language picker
_add({
    "BCP 47 code, e.g. it-IT": ("BCP-47-Code, z. B. it-IT", "Code BCP 47, p. ex. it-IT", "Código BCP 47, p. ej. it-IT",
                                "رمز BCP 47، مثل it-IT"),
    "The {source} organization's languages, or type a BCP 47 code": (
        "Die Sprachen der {source}-Organisation, oder einen BCP-47-Code eingeben",
        "Les langues de l'organisation {source}, ou saisissez un code BCP 47",
        "Los idiomas de la organización de {source}, o escriba un código BCP 47",
        "لغات مؤسسة {source}، أو اكتب رمز BCP 47"),
    "“{text}” is not a BCP 47 language code (like it-IT or pt-BR)": (
        "„{text}“ ist kein BCP-47-Sprachcode (wie it-IT oder pt-BR)",
        "« {text} » n'est pas un code de langue BCP 47 (comme it-IT ou pt-BR)",
        "«{text}» no es un código de idioma BCP 47 (como it-IT o pt-BR)",
        "«{text}» ليس رمز لغة BCP 47 (مثل it-IT أو pt-BR)"),
    "Pick a language or type its BCP 47 code": ("Wählen Sie eine Sprache oder geben Sie ihren BCP-47-Code ein",
                                                "Choisissez une langue ou saisissez son code BCP 47",
                                                "Elija un idioma o escriba su código BCP 47",
                                                "اختر لغة أو اكتب رمز BCP 47 الخاص بها"),
})
