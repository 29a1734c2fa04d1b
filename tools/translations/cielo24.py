"""Translations of the desk's cielo24 page: the jobs list and its details, the job dialog (new job,
media, transcription order) and the activity texts of the page's work (the format is described in
tools/translations/__init__.py). Short, generic texts carry their context ("JobsModel|Job")."""

CATALOG: dict[str, dict[str, str | list[str]]] = {}


def _add(rows: dict[str, tuple[str, str, str, str]], context: str = "") -> None:
    """Add ``rows``; with ``context``, as that context's own translations ("Context|text")."""
    for source, (de, fr, es, ar) in rows.items():
        CATALOG[f"{context}|{source}" if context else source] = {"de": de, "fr": fr, "es": es, "ar": ar}


# -- the jobs table (JobsModel): column titles, cielo24's job statuses and priorities, tooltips
_add({
    "Job": ("Auftrag", "Travail", "Trabajo", "المهمة"),
    "Fidelity": ("Genauigkeit", "Fidélité", "Fidelidad", "الدقة"),
    "Turnaround": ("Bearbeitungszeit", "Délai", "Plazo", "مدة التسليم"),
    "Length": ("Länge", "Durée", "Duración", "المدة"),
    "Progress": ("Fortschritt", "Progression", "Progreso", "التقدم"),
    "Created": ("Erstellt", "Créé", "Creado", "الإنشاء"),
    "Authorizing": ("Autorisierung", "Autorisation", "Autorizando", "قيد التفويض"),
    "Pending": ("Ausstehend", "En attente", "Pendiente", "معلّقة"),
    "In Process": ("In Bearbeitung", "En cours", "En proceso", "قيد المعالجة"),
    "Reviewing": ("In Prüfung", "En révision", "En revisión", "قيد المراجعة"),
    "Complete": ("Abgeschlossen", "Terminé", "Completado", "مكتملة"),
    "Media Failure": ("Medienfehler", "Échec du média", "Error de medios", "فشل الوسائط"),
    "Priority": ("Priorität", "Prioritaire", "Prioritaria", "ذات أولوية"),
    "Critical": ("Kritisch", "Critique", "Crítica", "حرجة"),
    "{priority}, {hours} h": ("{priority}, {hours} Std.", "{priority}, {hours} h", "{priority}, {hours} h",
                              "{priority}، {hours} س"),
    "{hours} h": ("{hours} Std.", "{hours} h", "{hours} h", "{hours} س"),
    "Waiting for media": ("Wartet auf Medien", "En attente du média", "Esperando medios", "بانتظار الوسائط"),
    "Media received": ("Medien empfangen", "Média reçu", "Medios recibidos", "استُلمت الوسائط"),
    "{name}\nJob {job}": ("{name}\nAuftrag {job}", "{name}\nTravail {job}", "{name}\nTrabajo {job}",
                          "{name}\nالمهمة {job}"),
    "{text}\nExternal ID {id}": ("{text}\nExterne ID {id}", "{text}\nID externe {id}", "{text}\nID externo {id}",
                                 "{text}\nالمعرّف الخارجي {id}"),
}, "JobsModel")

# -- the page (Cielo24Page): buttons, details, hints
_add({
    "<h3>cielo24 is not set up</h3><p>Set up cielo24 in Settings: add your cielo24 username and an API key "
    "(securekey) or password.</p><p>Then this page lists your transcription jobs and sends new media.</p>": (
        "<h3>cielo24 ist nicht eingerichtet</h3><p>Richten Sie cielo24 in den Einstellungen ein: Geben Sie Ihren "
        "cielo24-Benutzernamen und einen API-Schlüssel (securekey) oder ein Passwort an.</p><p>Danach listet diese "
        "Seite Ihre Transkriptionsaufträge auf und sendet neue Medien.</p>",
        "<h3>cielo24 n'est pas configuré</h3><p>Configurez cielo24 dans les Paramètres : ajoutez votre nom "
        "d'utilisateur cielo24 et une clé d'API (securekey) ou un mot de passe.</p><p>Cette page listera ensuite vos "
        "travaux de transcription et enverra les nouveaux médias.</p>",
        "<h3>cielo24 no está configurado</h3><p>Configure cielo24 en Configuración: añada su nombre de usuario de "
        "cielo24 y una clave de API (securekey) o una contraseña.</p><p>Después, esta página mostrará sus trabajos "
        "de transcripción y enviará medios nuevos.</p>",
        "<h3>لم يُعدّ cielo24 بعد</h3><p>أعدّ cielo24 في الإعدادات: أضف اسم المستخدم في cielo24 ومفتاح API "
        "(securekey) أو كلمة المرور.</p><p>بعد ذلك تعرض هذه الصفحة مهام التفريغ النصي وترسل الوسائط الجديدة.</p>"),
    "The jobs could not be loaded (see the message above).": (
        "Die Aufträge konnten nicht geladen werden (siehe Meldung oben).",
        "Impossible de charger les travaux (voir le message ci-dessus).",
        "No se pudieron cargar los trabajos (vea el mensaje de arriba).",
        "تعذّر تحميل المهام (انظر الرسالة أعلاه)."),
    "No cielo24 jobs yet.\nClick “New job…” to send a video or audio file (or its URL) for transcription.": (
        "Noch keine cielo24-Aufträge.\nKlicken Sie auf „Neuer Auftrag…“, um eine Video- oder Audiodatei (oder ihre "
        "URL) zur Transkription zu senden.",
        "Aucun travail cielo24 pour l'instant.\nCliquez sur « Nouveau travail… » pour envoyer un fichier vidéo ou "
        "audio (ou son URL) à transcrire.",
        "Aún no hay trabajos de cielo24.\nHaga clic en «Nuevo trabajo…» para enviar un archivo de vídeo o audio "
        "(o su URL) para transcribirlo.",
        "لا توجد مهام cielo24 بعد.\nانقر «مهمة جديدة…» لإرسال ملف فيديو أو صوت (أو عنوان URL الخاص به) للتفريغ "
        "النصي."),
    "cielo24: “{name}” is complete; its captions can be opened in the editor": (
        "cielo24: „{name}“ ist abgeschlossen; die Untertitel können im Editor geöffnet werden",
        "cielo24 : « {name} » est terminé ; ses sous-titres peuvent être ouverts dans l'éditeur",
        "cielo24: «{name}» está completado; sus subtítulos se pueden abrir en el editor",
        "cielo24: اكتملت «{name}»؛ يمكن فتح ترجماتها في المحرر"),
    "The captions are ready: open them in the editor to review and fix them.": (
        "Die Untertitel sind fertig: Öffnen Sie sie im Editor, um sie zu prüfen und zu korrigieren.",
        "Les sous-titres sont prêts : ouvrez-les dans l'éditeur pour les relire et les corriger.",
        "Los subtítulos están listos: ábralos en el editor para revisarlos y corregirlos.",
        "الترجمات جاهزة: افتحها في المحرر لمراجعتها وتصحيحها."),
    "cielo24 could not use this job's media. Create a new job with a playable file (MP4, MOV, WAV, MP3 …).": (
        "cielo24 konnte die Medien dieses Auftrags nicht verwenden. Erstellen Sie einen neuen Auftrag mit einer "
        "abspielbaren Datei (MP4, MOV, WAV, MP3 …).",
        "cielo24 n'a pas pu utiliser le média de ce travail. Créez un nouveau travail avec un fichier lisible "
        "(MP4, MOV, WAV, MP3…).",
        "cielo24 no pudo usar los medios de este trabajo. Cree un trabajo nuevo con un archivo reproducible "
        "(MP4, MOV, WAV, MP3…).",
        "تعذّر على cielo24 استخدام وسائط هذه المهمة. أنشئ مهمة جديدة بملف قابل للتشغيل (MP4 أو MOV أو WAV أو "
        "MP3 …)."),
    "This job is waiting for media: add a local file or a URL.": (
        "Dieser Auftrag wartet auf Medien: Fügen Sie eine lokale Datei oder eine URL hinzu.",
        "Ce travail attend un média : ajoutez un fichier local ou une URL.",
        "Este trabajo está esperando medios: añada un archivo local o una URL.",
        "هذه المهمة بانتظار الوسائط: أضف ملفًا محليًا أو عنوان URL."),
    "The media arrived: request a transcription (fidelity and turnaround).": (
        "Die Medien sind angekommen: Fordern Sie eine Transkription an (Genauigkeit und Bearbeitungszeit).",
        "Le média est arrivé : demandez une transcription (fidélité et délai).",
        "Los medios han llegado: solicite una transcripción (fidelidad y plazo).",
        "وصلت الوسائط: اطلب تفريغًا نصيًا (الدقة ومدة التسليم)."),
    "cielo24 is working on it; due {due}.": ("cielo24 bearbeitet den Auftrag; fällig am {due}.",
                                             "cielo24 y travaille ; échéance le {due}.",
                                             "cielo24 está trabajando en ello; vence el {due}.",
                                             "يعمل cielo24 عليها؛ موعد الاستحقاق {due}."),
    "cielo24 is working on it.": ("cielo24 bearbeitet den Auftrag.", "cielo24 y travaille.",
                                  "cielo24 está trabajando en ello.", "يعمل cielo24 عليها."),
})
_add({
    "New job…": ("Neuer Auftrag…", "Nouveau travail…", "Nuevo trabajo…", "مهمة جديدة…"),
    "Add media…": ("Medien hinzufügen…", "Ajouter un média…", "Añadir medios…", "إضافة وسائط…"),
    "Request transcription…": ("Transkription anfordern…", "Demander une transcription…", "Solicitar transcripción…",
                               "طلب تفريغ نصي…"),
    "Open captions in editor": ("Untertitel im Editor öffnen", "Ouvrir les sous-titres dans l'éditeur",
                                "Abrir los subtítulos en el editor", "فتح الترجمات في المحرر"),
    "Loading jobs…": ("Aufträge werden geladen…", "Chargement des travaux…", "Cargando trabajos…",
                      "جارٍ تحميل المهام…"),
    "Choose a job": ("Wählen Sie einen Auftrag", "Choisissez un travail", "Elija un trabajo", "اختر مهمة"),
    "Job ID:": ("Auftrags-ID:", "ID du travail :", "ID del trabajo:", "معرّف المهمة:"),
    "External ID:": ("Externe ID:", "ID externe :", "ID externo:", "المعرّف الخارجي:"),
    "Status:": ("Status:", "Statut :", "Estado:", "الحالة:"),
    "Fidelity:": ("Genauigkeit:", "Fidélité :", "Fidelidad:", "الدقة:"),
    "Turnaround:": ("Bearbeitungszeit:", "Délai :", "Plazo:", "مدة التسليم:"),
    "Media length:": ("Medienlänge:", "Durée du média :", "Duración de los medios:", "مدة الوسائط:"),
    "Media:": ("Medien:", "Média :", "Medios:", "الوسائط:"),
    "Created:": ("Erstellt:", "Créé :", "Creado:", "تاريخ الإنشاء:"),
    "Due:": ("Fällig:", "Échéance :", "Vence:", "الاستحقاق:"),
    "Completed:": ("Abgeschlossen:", "Terminé :", "Completado:", "تاريخ الاكتمال:"),
    "This session:": ("Diese Sitzung:", "Cette session :", "Esta sesión:", "هذه الجلسة:"),
    "received": ("empfangen", "reçu", "recibidos", "مستلمة"),
    "none yet": ("noch keine", "pas encore", "aún ninguno", "لا شيء بعد"),
    "following": ("wird verfolgt", "suivi en cours", "en seguimiento", "قيد المتابعة"),
}, "Cielo24Page")

# -- the job dialog (JobDialog)
_add({
    "Media files (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg *.wmv *.flv *.mp3 *.m4a *.wav *.aac "
    "*.flac *.ogg);;All files (*)": (
        "Mediendateien (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg *.wmv *.flv *.mp3 *.m4a *.wav *.aac "
        "*.flac *.ogg);;Alle Dateien (*)",
        "Fichiers multimédias (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg *.wmv *.flv *.mp3 *.m4a *.wav "
        "*.aac *.flac *.ogg);;Tous les fichiers (*)",
        "Archivos multimedia (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg *.wmv *.flv *.mp3 *.m4a *.wav "
        "*.aac *.flac *.ogg);;Todos los archivos (*)",
        "ملفات الوسائط (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg *.wmv *.flv *.mp3 *.m4a *.wav *.aac "
        "*.flac *.ogg);;كل الملفات (*)"),
    "Mechanical: machine transcript only; fastest and cheapest, needs a careful review": (
        "Maschinell: nur maschinelles Transkript; am schnellsten und günstigsten, erfordert eine sorgfältige Prüfung",
        "Mécanique : transcription automatique uniquement ; la plus rapide et la moins chère, demande une relecture "
        "attentive",
        "Mecánica: solo transcripción automática; la más rápida y económica, requiere una revisión cuidadosa",
        "آلية: تفريغ نصي آلي فقط؛ الأسرع والأرخص، ويحتاج إلى مراجعة دقيقة"),
    "Premium: machine transcript plus a human pass (cielo24 quotes 94 %+ accuracy)": (
        "Premium: maschinelles Transkript plus ein menschlicher Durchgang (laut cielo24 über 94 % Genauigkeit)",
        "Premium : transcription automatique plus une passe humaine (cielo24 annonce plus de 94 % de précision)",
        "Premium: transcripción automática más una revisión humana (cielo24 indica más del 94 % de precisión)",
        "مميزة: تفريغ نصي آلي مع مراجعة بشرية واحدة (يذكر cielo24 دقة تتجاوز 94 %)"),
    "Professional: several human passes (99 %+), for broadcast and accessibility compliance": (
        "Professionell: mehrere menschliche Durchgänge (über 99 %), für Rundfunk und Barrierefreiheitsvorgaben",
        "Professionnelle : plusieurs passes humaines (plus de 99 %), pour la diffusion et la conformité en matière "
        "d'accessibilité",
        "Profesional: varias revisiones humanas (más del 99 %), para emisión y cumplimiento de accesibilidad",
        "احترافية: عدة مراجعات بشرية (أكثر من 99 %)، للبث والامتثال لمتطلبات إمكانية الوصول"),
    "Standard (about 48 hours)": ("Standard (etwa 48 Stunden)", "Standard (environ 48 heures)",
                                  "Estándar (unas 48 horas)", "عادية (نحو 48 ساعة)"),
    "Priority (about 24 hours)": ("Priorität (etwa 24 Stunden)", "Prioritaire (environ 24 heures)",
                                  "Prioritaria (unas 24 horas)", "ذات أولوية (نحو 24 ساعة)"),
    "Critical (fastest)": ("Kritisch (am schnellsten)", "Critique (le plus rapide)", "Crítica (la más rápida)",
                           "حرجة (الأسرع)"),
    "New cielo24 job": ("Neuer cielo24-Auftrag", "Nouveau travail cielo24", "Nuevo trabajo de cielo24",
                        "مهمة cielo24 جديدة"),
    "A new cielo24 job: its name and spoken language, and the video or audio to transcribe.": (
        "Ein neuer cielo24-Auftrag: sein Name und die gesprochene Sprache sowie das zu transkribierende Video oder "
        "Audio.",
        "Un nouveau travail cielo24 : son nom et sa langue parlée, ainsi que la vidéo ou l'audio à transcrire.",
        "Un nuevo trabajo de cielo24: su nombre y el idioma hablado, y el vídeo o audio que se va a transcribir.",
        "مهمة cielo24 جديدة: اسمها واللغة المنطوقة فيها، والفيديو أو الصوت المراد تفريغه نصيًا."),
    "Add media to “{job}”": ("Medien zu „{job}“ hinzufügen", "Ajouter un média à « {job} »", "Añadir medios a «{job}»",
                             "إضافة وسائط إلى «{job}»"),
    "The video or audio of the cielo24 job “{job}”: a file on this computer, or an address cielo24 can download it "
    "from.": (
        "Das Video oder Audio des cielo24-Auftrags „{job}“: eine Datei auf diesem Computer oder eine Adresse, von der "
        "cielo24 es herunterladen kann.",
        "La vidéo ou l'audio du travail cielo24 « {job} » : un fichier sur cet ordinateur, ou une adresse depuis "
        "laquelle cielo24 peut le télécharger.",
        "El vídeo o audio del trabajo de cielo24 «{job}»: un archivo en este equipo o una dirección desde la que "
        "cielo24 pueda descargarlo.",
        "فيديو أو صوت مهمة cielo24 «{job}»: ملف على هذا الحاسوب، أو عنوان يستطيع cielo24 تنزيله منه."),
    "Add media to the job": ("Medien zum Auftrag hinzufügen", "Ajouter un média au travail", "Añadir medios al trabajo",
                             "إضافة وسائط إلى المهمة"),
    "The video or audio of the cielo24 job the job: a file on this computer, or an address cielo24 can download it "
    "from.": (
        "Das Video oder Audio dieses cielo24-Auftrags: eine Datei auf diesem Computer oder eine Adresse, von der "
        "cielo24 es herunterladen kann.",
        "La vidéo ou l'audio de ce travail cielo24 : un fichier sur cet ordinateur, ou une adresse depuis laquelle "
        "cielo24 peut le télécharger.",
        "El vídeo o audio de este trabajo de cielo24: un archivo en este equipo o una dirección desde la que cielo24 "
        "pueda descargarlo.",
        "فيديو أو صوت مهمة cielo24 هذه: ملف على هذا الحاسوب، أو عنوان يستطيع cielo24 تنزيله منه."),
    "Request a transcription of “{job}”": ("Transkription von „{job}“ anfordern",
                                           "Demander une transcription de « {job} »",
                                           "Solicitar una transcripción de «{job}»", "طلب تفريغ نصي لـ «{job}»"),
    "How the cielo24 job “{job}” is to be transcribed, and by when.": (
        "Wie der cielo24-Auftrag „{job}“ transkribiert werden soll und bis wann.",
        "Comment le travail cielo24 « {job} » doit être transcrit, et pour quand.",
        "Cómo se debe transcribir el trabajo de cielo24 «{job}» y para cuándo.",
        "كيف يُفرَّغ نص مهمة cielo24 «{job}» وفي أي موعد."),
    "Request a transcription of the job": ("Transkription des Auftrags anfordern",
                                           "Demander une transcription du travail",
                                           "Solicitar una transcripción del trabajo", "طلب تفريغ نصي للمهمة"),
    "How the cielo24 job the job is to be transcribed, and by when.": (
        "Wie dieser cielo24-Auftrag transkribiert werden soll und bis wann.",
        "Comment ce travail cielo24 doit être transcrit, et pour quand.",
        "Cómo se debe transcribir este trabajo de cielo24 y para cuándo.",
        "كيف يُفرَّغ نص مهمة cielo24 هذه وفي أي موعد."),
    "e.g. Festival interview, episode 104": ("z. B. Festival-Interview, Folge 104",
                                             "p. ex. Interview du festival, épisode 104",
                                             "p. ej., Entrevista del festival, episodio 104",
                                             "مثلًا: مقابلة المهرجان، الحلقة 104"),
    "The language spoken in the media (RFC 5646, e.g. en, es, fr-CA)": (
        "Die in den Medien gesprochene Sprache (RFC 5646, z. B. en, es, fr-CA)",
        "La langue parlée dans le média (RFC 5646, p. ex. en, es, fr-CA)",
        "El idioma hablado en los medios (RFC 5646, p. ej., en, es, fr-CA)",
        "اللغة المنطوقة في الوسائط (RFC 5646، مثل en وes وfr-CA)"),
    "optional: your own reference": ("optional: Ihre eigene Referenz", "facultatif : votre propre référence",
                                     "opcional: su propia referencia", "اختياري: مرجعك الخاص"),
    "Public URL cielo24 can download": ("Öffentliche URL, die cielo24 herunterladen kann",
                                        "URL publique que cielo24 peut télécharger",
                                        "URL pública que cielo24 pueda descargar",
                                        "عنوان URL عام يستطيع cielo24 التنزيل منه"),
    "Video or audio file, up to 10 GB": ("Video- oder Audiodatei, bis zu 10 GB",
                                         "Fichier vidéo ou audio, jusqu'à 10 Go",
                                         "Archivo de vídeo o audio, hasta 10 GB", "ملف فيديو أو صوت، حتى 10 غيغابايت"),
    "This URL is the media of another job too (send it again)": (
        "Diese URL ist auch das Medium eines anderen Auftrags (erneut senden)",
        "Cette URL est aussi le média d'un autre travail (l'envoyer à nouveau)",
        "Esta URL también es el medio de otro trabajo (enviarla de nuevo)",
        "عنوان URL هذا هو أيضًا وسائط مهمة أخرى (إرساله مرة أخرى)"),
    "optional: translate into (e.g. es)": ("optional: übersetzen in (z. B. es)",
                                           "facultatif : traduire en (p. ex. es)",
                                           "opcional: traducir a (p. ej., es)", "اختياري: الترجمة إلى (مثل es)"),
    "optional: notes for the transcribers (names, terms)": (
        "optional: Hinweise für die Transkribierenden (Namen, Begriffe)",
        "facultatif : notes pour les transcripteurs (noms, termes)",
        "opcional: notas para los transcriptores (nombres, términos)",
        "اختياري: ملاحظات للمفرّغين (أسماء، مصطلحات)"),
    "Say which language is spoken in the media.": ("Geben Sie an, welche Sprache in den Medien gesprochen wird.",
                                                   "Indiquez la langue parlée dans le média.",
                                                   "Indique qué idioma se habla en los medios.",
                                                   "حدّد اللغة المنطوقة في الوسائط."),
    "{name} is not a file that can be read.": ("{name} ist keine lesbare Datei.",
                                               "{name} n'est pas un fichier lisible.",
                                               "{name} no es un archivo que se pueda leer.",
                                               "{name} ليس ملفًا يمكن قراءته."),
    "{name} is {size} GB; cielo24 takes media files of up to 10 GB.": (
        "{name} ist {size} GB groß; cielo24 nimmt Mediendateien bis 10 GB an.",
        "{name} fait {size} Go ; cielo24 accepte les fichiers multimédias jusqu'à 10 Go.",
        "{name} ocupa {size} GB; cielo24 admite archivos multimedia de hasta 10 GB.",
        "حجم {name} هو {size} غيغابايت؛ يقبل cielo24 ملفات الوسائط حتى 10 غيغابايت."),
    "The media URL must start with http:// or https://.": (
        "Die Medien-URL muss mit http:// oder https:// beginnen.",
        "L'URL du média doit commencer par http:// ou https://.",
        "La URL de los medios debe empezar por http:// o https://.",
        "يجب أن يبدأ عنوان URL للوسائط بـ http:// أو https://."),
    "A transcription needs media: choose a file or give a URL (or untick the request).": (
        "Eine Transkription braucht Medien: Wählen Sie eine Datei oder geben Sie eine URL an (oder deaktivieren Sie "
        "die Anforderung).",
        "Une transcription nécessite un média : choisissez un fichier ou indiquez une URL (ou décochez la demande).",
        "Una transcripción necesita medios: elija un archivo o indique una URL (o desmarque la solicitud).",
        "يحتاج التفريغ النصي إلى وسائط: اختر ملفًا أو أدخل عنوان URL (أو ألغِ تحديد الطلب)."),
})
_add({
    "Job": ("Auftrag", "Travail", "Trabajo", "المهمة"),
    "Name:": ("Name:", "Nom :", "Nombre:", "الاسم:"),
    "Spoken language:": ("Gesprochene Sprache:", "Langue parlée :", "Idioma hablado:", "اللغة المنطوقة:"),
    "External ID:": ("Externe ID:", "ID externe :", "ID externo:", "المعرّف الخارجي:"),
    "Local file": ("Lokale Datei", "Fichier local", "Archivo local", "ملف محلي"),
    "Browse…": ("Durchsuchen…", "Parcourir…", "Examinar…", "استعراض…"),
    "Request transcription now": ("Transkription jetzt anfordern", "Demander la transcription maintenant",
                                  "Solicitar la transcripción ahora", "طلب التفريغ النصي الآن"),
    "Transcription": ("Transkription", "Transcription", "Transcripción", "التفريغ النصي"),
    "Within a number of hours…": ("Innerhalb einer Anzahl von Stunden…", "Dans un nombre d'heures donné…",
                                  "En un número de horas…", "خلال عدد من الساعات…"),
    " hours": (" Stunden", " heures", " horas", " ساعة"),
    "Fidelity:": ("Genauigkeit:", "Fidélité :", "Fidelidad:", "الدقة:"),
    "Turnaround:": ("Bearbeitungszeit:", "Délai :", "Plazo:", "مدة التسليم:"),
    "Translation:": ("Übersetzung:", "Traduction :", "Traducción:", "لغة الترجمة:"),
    "Notes:": ("Hinweise:", "Notes :", "Notas:", "ملاحظات:"),
    "Create job": ("Auftrag erstellen", "Créer le travail", "Crear trabajo", "إنشاء المهمة"),
    "Add media": ("Medien hinzufügen", "Ajouter le média", "Añadir medios", "إضافة الوسائط"),
    "Request": ("Anfordern", "Demander", "Solicitar", "طلب"),
    "Choose the media": ("Medien auswählen", "Choisir le média", "Elegir los medios", "اختيار الوسائط"),
    "Choose a media file.": ("Wählen Sie eine Mediendatei.", "Choisissez un fichier multimédia.",
                             "Elija un archivo multimedia.", "اختر ملف وسائط."),
    "{name} is empty.": ("{name} ist leer.", "{name} est vide.", "{name} está vacío.", "{name} فارغ."),
    "Give the media's URL.": ("Geben Sie die URL der Medien an.", "Indiquez l'URL du média.",
                              "Indique la URL de los medios.", "أدخل عنوان URL للوسائط."),
}, "JobDialog")

# -- the page's work in the activity panel and the Progress column (Cielo24Controller)
_add({
    "Loading cielo24 jobs": ("cielo24-Aufträge werden geladen", "Chargement des travaux cielo24",
                             "Cargando los trabajos de cielo24", "جارٍ تحميل مهام cielo24"),
    "cielo24: new job “{name}”": ("cielo24: neuer Auftrag „{name}“", "cielo24 : nouveau travail « {name} »",
                                  "cielo24: nuevo trabajo «{name}»", "cielo24: مهمة جديدة «{name}»"),
    "cielo24: media for “{name}”": ("cielo24: Medien für „{name}“", "cielo24 : média pour « {name} »",
                                    "cielo24: medios para «{name}»", "cielo24: وسائط للمهمة «{name}»"),
    "cielo24: following “{name}”": ("cielo24: „{name}“ wird verfolgt", "cielo24 : suivi de « {name} »",
                                    "cielo24: seguimiento de «{name}»", "cielo24: متابعة «{name}»"),
    "cielo24: mechanical transcription of “{name}”": (
        "cielo24: maschinelle Transkription von „{name}“", "cielo24 : transcription mécanique de « {name} »",
        "cielo24: transcripción mecánica de «{name}»", "cielo24: تفريغ نصي آلي لـ «{name}»"),
    "cielo24: premium transcription of “{name}”": (
        "cielo24: Premium-Transkription von „{name}“", "cielo24 : transcription Premium de « {name} »",
        "cielo24: transcripción Premium de «{name}»", "cielo24: تفريغ نصي مميز لـ «{name}»"),
    "cielo24: professional transcription of “{name}”": (
        "cielo24: professionelle Transkription von „{name}“", "cielo24 : transcription professionnelle de « {name} »",
        "cielo24: transcripción profesional de «{name}»", "cielo24: تفريغ نصي احترافي لـ «{name}»"),
    "cielo24: {fidelity} transcription of “{name}”": (
        "cielo24: Transkription ({fidelity}) von „{name}“", "cielo24 : transcription {fidelity} de « {name} »",
        "cielo24: transcripción {fidelity} de «{name}»", "cielo24: تفريغ نصي ({fidelity}) لـ «{name}»"),
    "Handing cielo24 the media URL": ("Medien-URL wird an cielo24 übergeben",
                                      "Transmission de l'URL du média à cielo24",
                                      "Entregando a cielo24 la URL de los medios",
                                      "جارٍ تسليم عنوان URL للوسائط إلى cielo24"),
    "Ordering a mechanical transcription": ("Maschinelle Transkription wird beauftragt",
                                            "Commande d'une transcription mécanique",
                                            "Solicitando una transcripción mecánica", "جارٍ طلب تفريغ نصي آلي"),
    "Ordering a premium transcription": ("Premium-Transkription wird beauftragt",
                                         "Commande d'une transcription Premium",
                                         "Solicitando una transcripción Premium", "جارٍ طلب تفريغ نصي مميز"),
    "Ordering a professional transcription": ("Professionelle Transkription wird beauftragt",
                                              "Commande d'une transcription professionnelle",
                                              "Solicitando una transcripción profesional",
                                              "جارٍ طلب تفريغ نصي احترافي"),
    "Ordering a {fidelity} transcription": ("Transkription ({fidelity}) wird beauftragt",
                                            "Commande d'une transcription {fidelity}",
                                            "Solicitando una transcripción {fidelity}",
                                            "جارٍ طلب تفريغ نصي ({fidelity})"),
    "{status}; checking every {seconds} s": ("{status}; Prüfung alle {seconds} s",
                                             "{status} ; vérification toutes les {seconds} s",
                                             "{status}; se comprueba cada {seconds} s",
                                             "{status}؛ يجري التحقق كل {seconds} ث"),
    "Complete: captions ready": ("Abgeschlossen: Untertitel bereit", "Terminé : sous-titres prêts",
                                 "Completado: subtítulos listos", "اكتملت: الترجمات جاهزة"),
    "Opening cielo24 captions of “{name}”": ("cielo24-Untertitel von „{name}“ werden geöffnet",
                                             "Ouverture des sous-titres cielo24 de « {name} »",
                                             "Abriendo los subtítulos de cielo24 de «{name}»",
                                             "جارٍ فتح ترجمات cielo24 للمهمة «{name}»"),
})
_add({
    "Untitled job": ("Unbenannter Auftrag", "Travail sans titre", "Trabajo sin título", "مهمة بلا عنوان"),
    "Creating the job": ("Auftrag wird erstellt", "Création du travail", "Creando el trabajo", "جارٍ إنشاء المهمة"),
    "Adding the media URL": ("Medien-URL wird hinzugefügt", "Ajout de l'URL du média", "Añadiendo la URL de los medios",
                             "جارٍ إضافة عنوان URL للوسائط"),
    "Transcription ordered": ("Transkription beauftragt", "Transcription commandée", "Transcripción solicitada",
                              "طُلب التفريغ النصي"),
    "Media added": ("Medien hinzugefügt", "Média ajouté", "Medios añadidos", "أُضيفت الوسائط"),
    "Uploading {name}": ("{name} wird hochgeladen", "Envoi de {name}", "Subiendo {name}", "جارٍ رفع {name}"),
    "Uploading {sent} of {total}": ("Hochladen: {sent} von {total}", "Envoi : {sent} sur {total}",
                                    "Subiendo {sent} de {total}", "جارٍ رفع {sent} من {total}"),
    "{text}, {rate}/s": ("{text}, {rate}/s", "{text}, {rate}/s", "{text}, {rate}/s", "{text}، {rate}/ث"),
    "{text}, {seconds} s left": ("{text}, noch {seconds} s", "{text}, {seconds} s restantes",
                                 "{text}, quedan {seconds} s", "{text}، يتبقى {seconds} ث"),
    "{text} (attempt {attempt})": ("{text} (Versuch {attempt})", "{text} (tentative {attempt})",
                                   "{text} (intento {attempt})", "{text} (المحاولة {attempt})"),
}, "Cielo24Controller")
