"""Translations of the desk's shell and shared parts: the activity panel and busy indicator, the
service words (ui/words.py), the Upload page (form, queue, uploads panel), the Setup page with the
account dialogs and the first-start offer, and the app's own messages (the format is described in
tools/translations/__init__.py)."""

CATALOG: dict[str, dict[str, str | list[str]]] = {}


def _add(rows: dict[str, tuple[str, str, str, str]]) -> None:
    for source, (de, fr, es, ar) in rows.items():
        CATALOG[source] = {"de": de, "fr": fr, "es": es, "ar": ar}


# -- the app, the desk, the activity panel and the busy indicator
_add({
    "Restored unsaved changes to {name}": (
        "Nicht gespeicherte Änderungen an {name} wiederhergestellt",
        "Modifications non enregistrées de {name} restaurées",
        "Se restauraron los cambios no guardados de {name}",
        "استُعيدت التغييرات غير المحفوظة على {name}"),
    "Operation failed": ("Vorgang fehlgeschlagen", "Échec de l'opération", "La operación falló", "فشلت العملية"),
    "Demo services on this computer: {services}": (
        "Demodienste auf diesem Computer: {services}", "Services de démonstration sur cet ordinateur : {services}",
        "Servicios de demostración en este equipo: {services}", "خدمات العرض التوضيحي على هذا الحاسوب: {services}"),
    "Starting the built-in local services": (
        "Integrierte lokale Dienste werden gestartet", "Démarrage des services locaux intégrés",
        "Iniciando los servicios locales integrados", "جارٍ تشغيل الخدمات المحلية المدمجة"),
    "{operation} (+{count} more)": ("{operation} (+{count} weitere)", "{operation} (+{count} autres)",
                                    "{operation} (+{count} más)", "{operation} (+{count} أخرى)"),
    "{operation}: {detail}": ("{operation}: {detail}", "{operation} : {detail}", "{operation}: {detail}",
                              "{operation}: {detail}"),
    # durations (activity panel, upload queue)
    "{seconds} s": ("{seconds} s", "{seconds} s", "{seconds} s", "{seconds} ث"),
    "{minutes} min {seconds} s": ("{minutes} min {seconds} s", "{minutes} min {seconds} s", "{minutes} min {seconds} s",
                                  "{minutes} د {seconds} ث"),
    "{hours} h {minutes} min": ("{hours} h {minutes} min", "{hours} h {minutes} min", "{hours} h {minutes} min",
                                "{hours} س {minutes} د"),
})

# -- ui/words.py: Dotsub's upload statuses (the end of "The upload is …") and DatoCMS track types
_add({
    "waiting for the video file": ("wartet auf die Videodatei", "en attente du fichier vidéo",
                                   "esperando el archivo de vídeo", "في انتظار ملف الفيديو"),
    "words|uploading": ("wird hochgeladen", "envoi en cours", "subiendo", "جارٍ الرفع"),
    "uploaded; Dotsub is encoding it": ("hochgeladen; Dotsub kodiert es", "envoyé ; Dotsub l'encode",
                                        "subido; Dotsub lo está codificando", "تم الرفع؛ يرمّزه Dotsub الآن"),
    "words|uploaded": ("hochgeladen", "envoyé", "subido", "تم الرفع"),
    "words|failed": ("fehlgeschlagen", "échec", "fallido", "فشل"),
    "words|encoded": ("kodiert", "encodé", "codificado", "مُرمَّز"),
    "words|processed": ("verarbeitet", "traité", "procesado", "تمت معالجته"),
    "words|subtitles": ("Untertitel", "sous-titres", "subtítulos", "الترجمة"),
    "words|audio": ("Audio", "audio", "audio", "الصوت"),
})

# -- Upload page: the form
_add({
    "A title is required.": ("Ein Titel ist erforderlich.", "Un titre est obligatoire.", "El título es obligatorio.",
                             "العنوان مطلوب."),
    "The title is {length} characters long; keep it to {limit}.": (
        "Der Titel ist {length} Zeichen lang; höchstens {limit} sind erlaubt.",
        "Le titre compte {length} caractères ; limitez-le à {limit}.",
        "El título tiene {length} caracteres; no supere los {limit}.",
        "طول العنوان {length} حرفًا؛ اجعله {limit} حرفًا على الأكثر."),
    "The title “{title}” has characters Dotsub does not allow: {characters}. "
    "Use letters, digits, spaces and ( ) _ - , . only.": (
        "Der Titel „{title}“ enthält Zeichen, die Dotsub nicht zulässt: {characters}. "
        "Nur Buchstaben, Ziffern, Leerzeichen und ( ) _ - , . verwenden.",
        "Le titre « {title} » contient des caractères que Dotsub n'accepte pas : {characters}. "
        "Utilisez uniquement des lettres, des chiffres, des espaces et ( ) _ - , .",
        "El título «{title}» contiene caracteres que Dotsub no admite: {characters}. "
        "Use solo letras, dígitos, espacios y ( ) _ - , .",
        "يحتوي العنوان «{title}» على أحرف لا يسمح بها Dotsub: {characters}. "
        "استخدم الحروف والأرقام والمسافات و( ) _ - , . فقط."),
    "Untitled": ("Unbenannt", "Sans titre", "Sin título", "بلا عنوان"),
    "UploadForm|File": ("Datei", "Fichier", "Archivo", "الملف"),
    "UploadForm|Size": ("Größe", "Taille", "Tamaño", "الحجم"),
    "Title on Dotsub": ("Titel auf Dotsub", "Titre sur Dotsub", "Título en Dotsub", "العنوان على Dotsub"),
    "Drop video files here, or use Add files…": (
        "Videodateien hier ablegen oder „Dateien hinzufügen…“ verwenden",
        "Déposez des fichiers vidéo ici ou utilisez Ajouter des fichiers…",
        "Suelte archivos de vídeo aquí o use Añadir archivos…",
        "أفلت ملفات الفيديو هنا، أو استخدم «إضافة ملفات…»"),
    "Add files…": ("Dateien hinzufügen…", "Ajouter des fichiers…", "Añadir archivos…", "إضافة ملفات…"),
    "UploadForm|Remove": ("Entfernen", "Retirer", "Quitar", "إزالة"),
    "Choose a project…": ("Projekt wählen…", "Choisir un projet…", "Elegir un proyecto…", "اختر مشروعًا…"),
    "UploadForm|Reload": ("Neu laden", "Recharger", "Volver a cargar", "إعادة التحميل"),
    "Load the projects and languages from Dotsub again": (
        "Projekte und Sprachen erneut von Dotsub laden", "Recharger les projets et les langues depuis Dotsub",
        "Volver a cargar los proyectos y los idiomas de Dotsub", "إعادة تحميل المشاريع واللغات من Dotsub"),
    "Language spoken": ("Gesprochene Sprache", "Langue parlée", "Idioma hablado", "اللغة المنطوقة"),
    "Translate into": ("Übersetzen in", "Traduire en", "Traducir a", "الترجمة إلى"),
    "UploadForm|Upload": ("Hochladen", "Envoyer", "Subir", "رفع"),
    "Videos to upload to Dotsub": ("Videos zum Hochladen zu Dotsub", "Vidéos à envoyer à Dotsub",
                                   "Vídeos para subir a Dotsub", "فيديوهات للرفع إلى Dotsub"),
    "Video and audio ({patterns});;All files (*)": (
        "Video und Audio ({patterns});;Alle Dateien (*)", "Vidéo et audio ({patterns});;Tous les fichiers (*)",
        "Vídeo y audio ({patterns});;Todos los archivos (*)", "فيديو وصوت ({patterns});;كل الملفات (*)"),
    "Add at least one video file.": ("Mindestens eine Videodatei hinzufügen.", "Ajoutez au moins un fichier vidéo.",
                                     "Añada al menos un archivo de vídeo.", "أضف ملف فيديو واحدًا على الأقل."),
    "Choose the Dotsub project the videos go to.": (
        "Das Dotsub-Projekt für die Videos wählen.", "Choisissez le projet Dotsub qui recevra les vidéos.",
        "Elija el proyecto de Dotsub al que van los vídeos.", "اختر مشروع Dotsub الذي تُرفع إليه الفيديوهات."),
    "Choose a Dotsub project (none loaded yet).": (
        "Ein Dotsub-Projekt wählen (noch keine geladen).", "Choisissez un projet Dotsub (aucun chargé pour l'instant).",
        "Elija un proyecto de Dotsub (aún no se ha cargado ninguno).", "اختر مشروع Dotsub (لم يُحمَّل أي مشروع بعد)."),
    "{file}: {problem}": ("{file}: {problem}", "{file} : {problem}", "{file}: {problem}", "{file}: {problem}"),
    "Choose the Dotsub project first": ("Zuerst das Dotsub-Projekt wählen", "Choisissez d'abord le projet Dotsub",
                                        "Elija primero el proyecto de Dotsub", "اختر مشروع Dotsub أولًا"),
})
CATALOG["Upload %n file(s)"] = {
    "en": ["Upload %n file", "Upload %n files"],
    "de": ["%n Datei hochladen", "%n Dateien hochladen"],
    "fr": ["Envoyer %n fichier", "Envoyer %n fichiers"],
    "es": ["Subir %n archivo", "Subir %n archivos"],
    "ar": ["رفع %n ملف", "رفع ملف واحد", "رفع ملفين", "رفع %n ملفات", "رفع %n ملفًا", "رفع %n ملف"]}

# -- Upload page: the queue (states, table, what the media is left as on Dotsub)
_add({
    "Queued": ("In Warteschlange", "En file d'attente", "En cola", "في قائمة الانتظار"),
    "Creating media": ("Medium wird erstellt", "Création du média", "Creando el medio", "جارٍ إنشاء الوسائط"),
    "UploadQueue|Uploading": ("Wird hochgeladen", "Envoi en cours", "Subiendo", "جارٍ الرفع"),
    "Finishing": ("Wird abgeschlossen", "Finalisation", "Finalizando", "جارٍ الإنهاء"),
    "UploadQueue|Done": ("Fertig", "Terminé", "Completado", "تم"),
    "{sent} of {total}": ("{sent} von {total}", "{sent} sur {total}", "{sent} de {total}", "{sent} من {total}"),
    "UploadQueue|File": ("Datei", "Fichier", "Archivo", "الملف"),
    "UploadQueue|Title": ("Titel", "Titre", "Título", "العنوان"),
    "UploadQueue|Progress": ("Fortschritt", "Progression", "Progreso", "التقدم"),
    "UploadQueue|Speed": ("Geschwindigkeit", "Vitesse", "Velocidad", "السرعة"),
    "Time left": ("Restzeit", "Temps restant", "Tiempo restante", "الوقت المتبقي"),
    "On Dotsub": ("Auf Dotsub", "Sur Dotsub", "En Dotsub", "على Dotsub"),
    "Nothing was sent to Dotsub.": ("Es wurde nichts an Dotsub gesendet.", "Rien n'a été envoyé à Dotsub.",
                                    "No se envió nada a Dotsub.", "لم يُرسَل شيء إلى Dotsub."),
    "Deleting media {media} failed: {error}": (
        "Löschen des Mediums {media} fehlgeschlagen: {error}", "La suppression du média {media} a échoué : {error}",
        "No se pudo eliminar el medio {media}: {error}", "فشل حذف الوسائط {media}: {error}"),
    "Media {media} was deleted from Dotsub.": (
        "Medium {media} wurde aus Dotsub gelöscht.", "Le média {media} a été supprimé de Dotsub.",
        "El medio {media} se eliminó de Dotsub.", "حُذفت الوسائط {media} من Dotsub."),
    "Deleting Dotsub media {media} ({file})": (
        "Dotsub-Medium {media} wird gelöscht ({file})", "Suppression du média Dotsub {media} ({file})",
        "Eliminando el medio de Dotsub {media} ({file})", "جارٍ حذف وسائط Dotsub {media} ({file})"),
    "Uploading {file} to Dotsub": ("{file} wird zu Dotsub hochgeladen", "Envoi de {file} à Dotsub",
                                   "Subiendo {file} a Dotsub", "جارٍ رفع {file} إلى Dotsub"),
    "Creating the media on Dotsub…": ("Medium wird auf Dotsub erstellt…", "Création du média sur Dotsub…",
                                      "Creando el medio en Dotsub…", "جارٍ إنشاء الوسائط على Dotsub…"),
    "{rate}/s, {time} left": ("{rate}/s, noch {time}", "{rate}/s, reste {time}", "{rate}/s, quedan {time}",
                              "{rate}/ث، متبقٍّ {time}"),
    "starting…": ("startet…", "démarrage…", "iniciando…", "جارٍ البدء…"),
    "{progress}, {pace} (attempt {attempt})": (
        "{progress}, {pace} (Versuch {attempt})", "{progress}, {pace} (tentative {attempt})",
        "{progress}, {pace} (intento {attempt})", "{progress}، {pace} (المحاولة {attempt})"),
    "{progress}, {pace}": ("{progress}, {pace}", "{progress}, {pace}", "{progress}, {pace}", "{progress}، {pace}"),
    "Media {media} in project {project}: {status}.": (
        "Medium {media} im Projekt {project}: {status}.", "Média {media} dans le projet {project} : {status}.",
        "Medio {media} en el proyecto {project}: {status}.", "الوسائط {media} في المشروع {project}: {status}."),
    "{size} sent; media {media}": ("{size} gesendet; Medium {media}", "{size} envoyés ; média {media}",
                                   "{size} enviados; medio {media}", "أُرسل {size}؛ الوسائط {media}"),
    "No media was created on Dotsub.": ("Auf Dotsub wurde kein Medium erstellt.", "Aucun média n'a été créé sur Dotsub.",
                                        "No se creó ningún medio en Dotsub.", "لم تُنشأ أي وسائط على Dotsub."),
    "Dotsub lists the upload of media {media} as {status}: Retry uploads it again.": (
        "Dotsub führt den Upload von Medium {media} als „{status}“: „Wiederholen“ lädt es erneut hoch.",
        "Dotsub indique l'envoi du média {media} comme « {status} » : Réessayer l'envoie de nouveau.",
        "Dotsub muestra la subida del medio {media} como «{status}»: Reintentar lo vuelve a subir.",
        "يُظهر Dotsub رفع الوسائط {media} بالحالة «{status}»: تعيد «إعادة المحاولة» رفعها."),
    "Cancelled before Dotsub answered: if a media was created, it has no video (look for the title in Media).": (
        "Abgebrochen, bevor Dotsub antwortete: Falls ein Medium erstellt wurde, hat es kein Video "
        "(unter „Medien“ nach dem Titel suchen).",
        "Annulé avant la réponse de Dotsub : si un média a été créé, il n'a pas de vidéo "
        "(cherchez le titre dans Médias).",
        "Cancelado antes de que Dotsub respondiera: si se creó un medio, no tiene vídeo "
        "(busque el título en Medios).",
        "أُلغي قبل أن يرد Dotsub: إن أُنشئت وسائط فهي بلا فيديو (ابحث عن العنوان في «الوسائط»)."),
    "Media {media} stays on Dotsub as a pending upload without a video: "
    "Retry uploads it again, Delete media removes it.": (
        "Medium {media} bleibt als ausstehender Upload ohne Video auf Dotsub: "
        "„Wiederholen“ lädt es erneut hoch, „Medium löschen“ entfernt es.",
        "Le média {media} reste sur Dotsub comme envoi en attente sans vidéo : "
        "Réessayer l'envoie de nouveau, Supprimer le média le retire.",
        "El medio {media} queda en Dotsub como subida pendiente sin vídeo: "
        "Reintentar lo vuelve a subir, Eliminar el medio lo quita.",
        "تبقى الوسائط {media} على Dotsub رفعًا معلّقًا بلا فيديو: "
        "تعيد «إعادة المحاولة» رفعها، ويزيلها «حذف الوسائط»."),
    "Media {media} is no longer on Dotsub.": (
        "Medium {media} ist nicht mehr auf Dotsub.", "Le média {media} n'est plus sur Dotsub.",
        "El medio {media} ya no está en Dotsub.", "لم تعد الوسائط {media} موجودة على Dotsub."),
    "Dotsub lists media {media} as a pending upload ({status}, {percent} %) without a video: "
    "Retry uploads it again, Delete media removes it.": (
        "Dotsub führt Medium {media} als ausstehenden Upload ({status}, {percent} %) ohne Video: "
        "„Wiederholen“ lädt es erneut hoch, „Medium löschen“ entfernt es.",
        "Dotsub indique le média {media} comme envoi en attente ({status}, {percent} %) sans vidéo : "
        "Réessayer l'envoie de nouveau, Supprimer le média le retire.",
        "Dotsub muestra el medio {media} como subida pendiente ({status}, {percent} %) sin vídeo: "
        "Reintentar lo vuelve a subir, Eliminar el medio lo quita.",
        "يُظهر Dotsub الوسائط {media} رفعًا معلّقًا ({status}، {percent} %) بلا فيديو: "
        "تعيد «إعادة المحاولة» رفعها، ويزيلها «حذف الوسائط»."),
    "UploadQueue|unknown": ("unbekannt", "inconnu", "desconocido", "غير معروف"),
    "Dotsub lists the upload of media {media} as {status}.": (
        "Dotsub führt den Upload von Medium {media} als „{status}“.",
        "Dotsub indique l'envoi du média {media} comme « {status} ».",
        "Dotsub muestra la subida del medio {media} como «{status}».",
        "يُظهر Dotsub رفع الوسائط {media} بالحالة «{status}»."),
    "Failed: {error}": ("Fehlgeschlagen: {error}", "Échec : {error}", "Error: {error}", "فشل: {error}"),
    "Uploading (attempt {attempt})": ("Wird hochgeladen (Versuch {attempt})", "Envoi en cours (tentative {attempt})",
                                      "Subiendo (intento {attempt})", "جارٍ الرفع (المحاولة {attempt})"),
    "Media {media}": ("Medium {media}", "Média {media}", "Medio {media}", "الوسائط {media}"),
})

# -- Upload page: the uploads panel, the page, the question before quitting
_add({
    "No uploads yet. Add video files above and press Upload.": (
        "Noch keine Uploads. Oben Videodateien hinzufügen und „Hochladen“ drücken.",
        "Aucun envoi pour l'instant. Ajoutez des fichiers vidéo ci-dessus et cliquez sur Envoyer.",
        "Aún no hay subidas. Añada archivos de vídeo arriba y pulse Subir.",
        "لا عمليات رفع بعد. أضف ملفات فيديو في الأعلى واضغط «رفع»."),
    "UploadsPanel|Retry": ("Wiederholen", "Réessayer", "Reintentar", "إعادة المحاولة"),
    "Delete media on Dotsub": ("Medium auf Dotsub löschen", "Supprimer le média sur Dotsub",
                               "Eliminar el medio en Dotsub", "حذف الوسائط على Dotsub"),
    "Remove the media a failed or cancelled upload left on Dotsub": (
        "Das Medium entfernen, das ein fehlgeschlagener oder abgebrochener Upload auf Dotsub hinterlassen hat",
        "Supprimer le média laissé sur Dotsub par un envoi échoué ou annulé",
        "Eliminar el medio que una subida fallida o cancelada dejó en Dotsub",
        "إزالة الوسائط التي تركها على Dotsub رفعٌ فاشل أو ملغى"),
    "UploadsPanel|Clear finished": ("Beendete entfernen", "Effacer les envois terminés", "Quitar las terminadas",
                                    "مسح المنتهية"),
    "{file} → “{title}”: {state}": ("{file} → „{title}“: {state}", "{file} → « {title} » : {state}",
                                    "{file} → «{title}»: {state}", "{file} ← «{title}»: {state}"),
    "{active} uploading, {queued} queued (at most {parallel} at a time)": (
        "{active} werden hochgeladen, {queued} warten (höchstens {parallel} gleichzeitig)",
        "{active} en cours d'envoi, {queued} en attente ({parallel} au maximum à la fois)",
        "{active} subiendo, {queued} en cola (como máximo {parallel} a la vez)",
        "{active} قيد الرفع، {queued} في الانتظار (بحد أقصى {parallel} في وقت واحد)"),
    "Upload videos to Dotsub": ("Videos zu Dotsub hochladen", "Envoyer des vidéos à Dotsub", "Subir vídeos a Dotsub",
                                "رفع فيديوهات إلى Dotsub"),
    "UploadsPage|Uploads": ("Uploads", "Envois", "Subidas", "عمليات الرفع"),
    "Loading projects and languages from Dotsub…": (
        "Projekte und Sprachen werden von Dotsub geladen…", "Chargement des projets et des langues depuis Dotsub…",
        "Cargando proyectos e idiomas de Dotsub…", "جارٍ تحميل المشاريع واللغات من Dotsub…"),
    "Loading Dotsub projects and languages": (
        "Dotsub-Projekte und -Sprachen werden geladen", "Chargement des projets et des langues Dotsub",
        "Cargando los proyectos e idiomas de Dotsub", "جارٍ تحميل مشاريع Dotsub ولغاته"),
    "Could not load the projects and languages: {error}": (
        "Projekte und Sprachen konnten nicht geladen werden: {error}",
        "Impossible de charger les projets et les langues : {error}",
        "No se pudieron cargar los proyectos y los idiomas: {error}", "تعذّر تحميل المشاريع واللغات: {error}"),
    "{projects} projects, {languages} languages in your organization.": (
        "{projects} Projekte, {languages} Sprachen in Ihrer Organisation.",
        "{projects} projets, {languages} langues dans votre organisation.",
        "{projects} proyectos, {languages} idiomas en su organización.",
        "المشاريع: {projects}، اللغات: {languages} في مؤسستك."),
    "Uploads still running": ("Uploads laufen noch", "Envois en cours", "Hay subidas en curso",
                              "لا تزال عمليات رفع جارية"),
})
CATALOG["Uploading %n file(s) to Dotsub"] = {
    "en": ["Uploading %n file to Dotsub", "Uploading %n files to Dotsub"],
    "de": ["%n Datei wird zu Dotsub hochgeladen", "%n Dateien werden zu Dotsub hochgeladen"],
    "fr": ["Envoi de %n fichier à Dotsub", "Envoi de %n fichiers à Dotsub"],
    "es": ["Subiendo %n archivo a Dotsub", "Subiendo %n archivos a Dotsub"],
    "ar": ["جارٍ رفع %n ملف إلى Dotsub", "جارٍ رفع ملف واحد إلى Dotsub", "جارٍ رفع ملفين إلى Dotsub",
           "جارٍ رفع %n ملفات إلى Dotsub", "جارٍ رفع %n ملفًا إلى Dotsub", "جارٍ رفع %n ملف إلى Dotsub"]}
_QUIT_AR = "الخروج {cancels}؛ وتبقى الوسائط التي أُنشئت بالفعل على Dotsub عمليات رفع معلّقة بلا فيديو.\n\nهل تريد الخروج رغم ذلك؟"
CATALOG["%n upload(s) to Dotsub not finished. Quitting cancels it/them; media already created stay on Dotsub as "
        "pending uploads without a video.\n\nQuit anyway?"] = {
    "en": ["Upload to Dotsub is not finished. Quitting cancels it; media already created stay on Dotsub as "
           "pending uploads without a video.\n\nQuit anyway?",
           "%n uploads to Dotsub are not finished. Quitting cancels them; media already created stay on Dotsub as "
           "pending uploads without a video.\n\nQuit anyway?"],
    "de": ["Der Upload zu Dotsub ist nicht abgeschlossen. Beim Beenden wird er abgebrochen; bereits erstellte Medien "
           "bleiben als ausstehende Uploads ohne Video auf Dotsub.\n\nTrotzdem beenden?",
           "%n Uploads zu Dotsub sind nicht abgeschlossen. Beim Beenden werden sie abgebrochen; bereits erstellte "
           "Medien bleiben als ausstehende Uploads ohne Video auf Dotsub.\n\nTrotzdem beenden?"],
    "fr": ["L'envoi vers Dotsub n'est pas terminé. Quitter l'annule ; les médias déjà créés restent sur Dotsub "
           "comme envois en attente sans vidéo.\n\nQuitter quand même ?",
           "%n envois vers Dotsub ne sont pas terminés. Quitter les annule ; les médias déjà créés restent sur Dotsub "
           "comme envois en attente sans vidéo.\n\nQuitter quand même ?"],
    "es": ["La subida a Dotsub no ha terminado. Al salir se cancelará; los medios ya creados quedan en Dotsub "
           "como subidas pendientes sin vídeo.\n\n¿Salir de todos modos?",
           "%n subidas a Dotsub no han terminado. Al salir se cancelarán; los medios ya creados quedan en Dotsub "
           "como subidas pendientes sin vídeo.\n\n¿Salir de todos modos?"],
    "ar": ["لم تنتهِ %n عمليات رفع إلى Dotsub. " + _QUIT_AR.format(cancels="يلغيها"),
           "لم ينتهِ الرفع إلى Dotsub. " + _QUIT_AR.format(cancels="يلغيه"),
           "لم تنتهِ عمليتا رفع إلى Dotsub. " + _QUIT_AR.format(cancels="يلغيهما"),
           "لم تنتهِ %n عمليات رفع إلى Dotsub. " + _QUIT_AR.format(cancels="يلغيها"),
           "لم تنتهِ %n عملية رفع إلى Dotsub. " + _QUIT_AR.format(cancels="يلغيها"),
           "لم تنتهِ %n عملية رفع إلى Dotsub. " + _QUIT_AR.format(cancels="يلغيها")]}

# -- Setup page: connection tests
_add({
    "Testing the {service} connection": ("Verbindung zu {service} wird getestet", "Test de la connexion à {service}",
                                         "Probando la conexión con {service}", "جارٍ اختبار الاتصال بـ {service}"),
    "{names} and {count} more": ("{names} und {count} weitere", "{names} et {count} autres", "{names} y {count} más",
                                 "{names} و{count} أخرى"),
    "Connected to Dotsub: organization {organization}, {projects}, {languages} ({names}).": (
        "Mit Dotsub verbunden: Organisation {organization}, {projects}, {languages} ({names}).",
        "Connecté à Dotsub : organisation {organization}, {projects}, {languages} ({names}).",
        "Conectado a Dotsub: organización {organization}, {projects}, {languages} ({names}).",
        "تم الاتصال بـ Dotsub: المؤسسة {organization}، {projects}، {languages} ({names})."),
    "Connected to DatoCMS ({environment}): {uploads} in the Media Area.": (
        "Mit DatoCMS verbunden ({environment}): {uploads} im Medienbereich.",
        "Connecté à DatoCMS ({environment}) : {uploads} dans la médiathèque.",
        "Conectado a DatoCMS ({environment}): {uploads} en el área de medios.",
        "تم الاتصال بـ DatoCMS ({environment}): {uploads} في منطقة الوسائط."),
    "primary environment": ("primäre Umgebung", "environnement principal", "entorno principal", "البيئة الرئيسية"),
    "Connected to cielo24 as {user}: {jobs} in the account.": (
        "Mit cielo24 als {user} verbunden: {jobs} im Konto.",
        "Connecté à cielo24 en tant que {user} : {jobs} dans le compte.",
        "Conectado a cielo24 como {user}: {jobs} en la cuenta.",
        "تم الاتصال بـ cielo24 باسم {user}: {jobs} في الحساب."),
})
CATALOG["%n project(s)"] = {
    "en": ["%n project", "%n projects"], "de": ["%n Projekt", "%n Projekte"], "fr": ["%n projet", "%n projets"],
    "es": ["%n proyecto", "%n proyectos"],
    "ar": ["لا مشاريع", "مشروع واحد", "مشروعان", "%n مشاريع", "%n مشروعًا", "%n مشروع"]}
CATALOG["%n language(s)"] = {
    "en": ["%n language", "%n languages"], "de": ["%n Sprache", "%n Sprachen"], "fr": ["%n langue", "%n langues"],
    "es": ["%n idioma", "%n idiomas"],
    "ar": ["لا لغات", "لغة واحدة", "لغتان", "%n لغات", "%n لغة", "%n لغة"]}
CATALOG["ConnectController|%n upload(s)"] = {
    "en": ["%n upload", "%n uploads"], "de": ["%n Upload", "%n Uploads"],
    "fr": ["%n fichier envoyé", "%n fichiers envoyés"], "es": ["%n archivo subido", "%n archivos subidos"],
    "ar": ["لا ملفات مرفوعة", "ملف مرفوع واحد", "ملفان مرفوعان", "%n ملفات مرفوعة", "%n ملفًا مرفوعًا",
           "%n ملف مرفوع"]}
CATALOG["ConnectController|%n job(s)"] = {
    "en": ["%n job", "%n jobs"], "de": ["%n Auftrag", "%n Aufträge"], "fr": ["%n travail", "%n travaux"],
    "es": ["%n trabajo", "%n trabajos"],
    "ar": ["لا مهام", "مهمة واحدة", "مهمتان", "%n مهام", "%n مهمة", "%n مهمة"]}

# -- Setup page: the account dialogs
_add({
    "SecretField|Replace": ("Ersetzen", "Remplacer", "Reemplazar", "استبدال"),
    "SecretField|Forget": ("Vergessen", "Oublier", "Olvidar", "نسيان"),
    "Remove the stored value when you save": (
        "Den gespeicherten Wert beim Speichern entfernen", "Supprimer la valeur enregistrée lors de l'enregistrement",
        "Quitar el valor guardado al guardar", "إزالة القيمة المخزنة عند الحفظ"),
    "SecretField|Show": ("Anzeigen", "Afficher", "Mostrar", "إظهار"),
    "Show what you are typing (never the stored value)": (
        "Die Eingabe anzeigen (nie den gespeicherten Wert)", "Afficher la saisie (jamais la valeur enregistrée)",
        "Mostrar lo que escribe (nunca el valor guardado)", "إظهار ما تكتبه (وليس القيمة المخزنة أبدًا)"),
    "New value": ("Neuer Wert", "Nouvelle valeur", "Nuevo valor", "قيمة جديدة"),
    "Will be removed when you save": ("Wird beim Speichern entfernt", "Sera supprimée lors de l'enregistrement",
                                      "Se quitará al guardar", "ستُزال عند الحفظ"),
    "Set for this session only": ("Nur für diese Sitzung festgelegt", "Définie pour cette session uniquement",
                                  "Establecido solo para esta sesión", "مضبوطة لهذه الجلسة فقط"),
    "SecretField|Stored": ("Gespeichert", "Enregistrée", "Guardado", "مخزنة"),
    "(removed when you save)": ("(wird beim Speichern entfernt)", "(supprimée lors de l'enregistrement)",
                                "(se quitará al guardar)", "(ستُزال عند الحفظ)"),
    "{service} account": ("{service}-Konto", "Compte {service}", "Cuenta de {service}", "حساب {service}"),
    "ServiceSettingsDialog|Advanced": ("Erweitert", "Avancé", "Avanzado", "خيارات متقدمة"),
    "Test connection": ("Verbindung testen", "Tester la connexion", "Probar la conexión", "اختبار الاتصال"),
    "Testing…": ("Wird getestet…", "Test en cours…", "Probando…", "جارٍ الاختبار…"),
    "Dotsub VideoTMS API client credentials (Organization settings → API clients). "
    "The client secret is never written to the settings file.": (
        "Zugangsdaten eines Dotsub-VideoTMS-API-Clients (Organisationseinstellungen → API-Clients). "
        "Das Client-Secret wird nie in die Einstellungsdatei geschrieben.",
        "Identifiants d'un client API Dotsub VideoTMS (Paramètres de l'organisation → Clients API). "
        "Le secret client n'est jamais écrit dans le fichier de paramètres.",
        "Credenciales de un cliente de la API de Dotsub VideoTMS (Configuración de la organización → Clientes de API). "
        "El secreto del cliente nunca se escribe en el archivo de configuración.",
        "بيانات اعتماد عميل واجهة برمجة تطبيقات Dotsub VideoTMS (إعدادات المؤسسة ← عملاء API). "
        "لا يُكتب سر العميل أبدًا في ملف الإعدادات."),
    "Client ID": ("Client-ID", "ID client", "ID de cliente", "معرّف العميل"),
    "Client secret": ("Client-Secret", "Secret client", "Secreto del cliente", "سر العميل"),
    "API URL": ("API-URL", "URL de l'API", "URL de la API", "عنوان URL لواجهة API"),
    "Login URL": ("Anmelde-URL", "URL de connexion", "URL de inicio de sesión", "عنوان URL لتسجيل الدخول"),
    "Audience": ("Audience", "Audience", "Audiencia", "الجمهور (Audience)"),
    "A DatoCMS API token with access to the Media Area (Project settings → API tokens). "
    "Leave the environment empty for the primary environment.": (
        "Ein DatoCMS-API-Token mit Zugriff auf den Medienbereich (Projekteinstellungen → API-Tokens). "
        "Für die primäre Umgebung das Feld „Umgebung“ leer lassen.",
        "Un jeton d'API DatoCMS ayant accès à la médiathèque (Paramètres du projet → Jetons d'API). "
        "Laissez l'environnement vide pour l'environnement principal.",
        "Un token de la API de DatoCMS con acceso al área de medios (Configuración del proyecto → Tokens de API). "
        "Deje el entorno vacío para el entorno principal.",
        "رمز API من DatoCMS يتيح الوصول إلى منطقة الوسائط (إعدادات المشروع ← رموز API). "
        "اترك البيئة فارغة لاستخدام البيئة الرئيسية."),
    "API token": ("API-Token", "Jeton d'API", "Token de API", "رمز API"),
    "DatocmsSettingsDialog|Environment": ("Umgebung", "Environnement", "Entorno", "البيئة"),
    "Your cielo24 username and an API key (Account → API access), or your password. "
    "The API key is used when both are set.": (
        "Ihr cielo24-Benutzername und ein API-Schlüssel (Konto → API-Zugriff) oder Ihr Passwort. "
        "Sind beide angegeben, wird der API-Schlüssel verwendet.",
        "Votre nom d'utilisateur cielo24 et une clé d'API (Compte → Accès API), ou votre mot de passe. "
        "La clé d'API est utilisée si les deux sont renseignés.",
        "Su nombre de usuario de cielo24 y una clave de API (Cuenta → Acceso a la API), o su contraseña. "
        "Si se indican ambas, se usa la clave de API.",
        "اسم المستخدم في cielo24 ومفتاح API (الحساب ← الوصول إلى API)، أو كلمة المرور. "
        "يُستخدم مفتاح API عند ضبط الاثنين."),
    "Cielo24SettingsDialog|Username": ("Benutzername", "Nom d'utilisateur", "Nombre de usuario", "اسم المستخدم"),
    "API key": ("API-Schlüssel", "Clé d'API", "Clave de API", "مفتاح API"),
    "or password": ("oder Passwort", "ou mot de passe", "o contraseña", "أو كلمة المرور"),
})

# -- Setup page: the accounts at a glance, and the first-start offer
_add({
    "AccountsPage|Accounts": ("Konten", "Comptes", "Cuentas", "الحسابات"),
    "Media, tasks and subtitles in Dotsub VideoTMS; video uploads.": (
        "Medien, Aufgaben und Untertitel in Dotsub VideoTMS; Video-Uploads.",
        "Médias, tâches et sous-titres dans Dotsub VideoTMS ; envoi de vidéos.",
        "Medios, tareas y subtítulos en Dotsub VideoTMS; subida de vídeos.",
        "الوسائط والمهام والترجمات في Dotsub VideoTMS؛ رفع الفيديوهات."),
    "Subtitle tracks on videos in the DatoCMS Media Area.": (
        "Untertitelspuren von Videos im DatoCMS-Medienbereich.",
        "Pistes de sous-titres des vidéos de la médiathèque DatoCMS.",
        "Pistas de subtítulos de los vídeos del área de medios de DatoCMS.",
        "مسارات الترجمة لمقاطع الفيديو في منطقة الوسائط في DatoCMS."),
    "Transcription and caption jobs at cielo24.": (
        "Transkriptions- und Untertitelaufträge bei cielo24.", "Travaux de transcription et de sous-titrage chez cielo24.",
        "Trabajos de transcripción y subtitulado en cielo24.", "مهام التفريغ النصي والترجمة في cielo24."),
    "AccountsPage|Set up…": ("Einrichten…", "Configurer…", "Configurar…", "إعداد…"),
    "AccountsPage|Edit…": ("Bearbeiten…", "Modifier…", "Editar…", "تحرير…"),
    "These are the built-in local demo services on this computer; changes here last for this session only.": (
        "Dies sind die integrierten lokalen Demodienste auf diesem Computer; Änderungen hier gelten nur für diese "
        "Sitzung.",
        "Ce sont les services de démonstration locaux intégrés à cet ordinateur ; les modifications faites ici ne "
        "valent que pour cette session.",
        "Estos son los servicios de demostración locales integrados en este equipo; los cambios aquí solo duran "
        "esta sesión.",
        "هذه خدمات العرض التوضيحي المحلية المدمجة على هذا الحاسوب؛ تسري التغييرات هنا لهذه الجلسة فقط."),
    "Not set up.": ("Nicht eingerichtet.", "Non configuré.", "Sin configurar.", "غير مُعدّ."),
    "Client {client} at {url}": ("Client {client} unter {url}", "Client {client} sur {url}", "Cliente {client} en {url}",
                                 "العميل {client} على {url}"),
    "API token, {environment} environment, at {url}": (
        "API-Token, Umgebung {environment}, unter {url}", "Jeton d'API, environnement {environment}, sur {url}",
        "Token de API, entorno {environment}, en {url}", "رمز API، البيئة {environment}، على {url}"),
    "API token, primary environment, at {url}": (
        "API-Token, primäre Umgebung, unter {url}", "Jeton d'API, environnement principal, sur {url}",
        "Token de API, entorno principal, en {url}", "رمز API، البيئة الرئيسية، على {url}"),
    "User {user} at {url}": ("Benutzer {user} unter {url}", "Utilisateur {user} sur {url}", "Usuario {user} en {url}",
                             "المستخدم {user} على {url}"),
    "Set up: {account}.": ("Eingerichtet: {account}.", "Configuré : {account}.", "Configurado: {account}.",
                           "مُعدّ: {account}."),
    "Welcome to Subtitle Desk": ("Willkommen bei Subtitle Desk", "Bienvenue dans Subtitle Desk",
                                 "Bienvenido a Subtitle Desk", "مرحبًا بك في Subtitle Desk"),
    "No Dotsub, DatoCMS or cielo24 account is set up yet.<p>You can look around first: built-in local services on "
    "this computer stand in for Dotsub, DatoCMS and cielo24, with sample media, tasks and subtitles. Nothing is sent "
    "over the internet, and your own accounts can be added at any time from the Settings menu.": (
        "Es ist noch kein Dotsub-, DatoCMS- oder cielo24-Konto eingerichtet.<p>Sie können sich zuerst umsehen: "
        "Integrierte lokale Dienste auf diesem Computer vertreten Dotsub, DatoCMS und cielo24, mit Beispielmedien, "
        "-aufgaben und -untertiteln. Es wird nichts über das Internet gesendet, und Ihre eigenen Konten können Sie "
        "jederzeit über das Menü „Einstellungen“ hinzufügen.",
        "Aucun compte Dotsub, DatoCMS ou cielo24 n'est encore configuré.<p>Vous pouvez d'abord faire un tour : des "
        "services locaux intégrés à cet ordinateur remplacent Dotsub, DatoCMS et cielo24, avec des médias, des tâches "
        "et des sous-titres d'exemple. Rien n'est envoyé sur Internet, et vous pouvez ajouter vos propres comptes à "
        "tout moment depuis le menu Paramètres.",
        "Aún no hay ninguna cuenta de Dotsub, DatoCMS o cielo24 configurada.<p>Puede echar un vistazo primero: unos "
        "servicios locales integrados en este equipo sustituyen a Dotsub, DatoCMS y cielo24, con medios, tareas y "
        "subtítulos de ejemplo. No se envía nada por Internet, y puede añadir sus propias cuentas en cualquier momento "
        "desde el menú Configuración.",
        "لم يُعدّ أي حساب في Dotsub أو DatoCMS أو cielo24 بعد.<p>يمكنك الاستكشاف أولًا: تحلّ خدمات محلية مدمجة على "
        "هذا الحاسوب محل Dotsub وDatoCMS وcielo24، مع وسائط ومهام وترجمات نموذجية. لا يُرسَل أي شيء عبر الإنترنت، "
        "ويمكنك إضافة حساباتك في أي وقت من قائمة الإعدادات."),
    "Try Subtitle Desk on built-in local services": (
        "Subtitle Desk mit integrierten lokalen Diensten ausprobieren",
        "Essayer Subtitle Desk sur les services locaux intégrés",
        "Probar Subtitle Desk con los servicios locales integrados", "تجربة Subtitle Desk على الخدمات المحلية المدمجة"),
    "Set up my accounts": ("Meine Konten einrichten", "Configurer mes comptes", "Configurar mis cuentas",
                           "إعداد حساباتي"),
    "Not now": ("Nicht jetzt", "Pas maintenant", "Ahora no", "ليس الآن"),
})
