"""Translations of the desk's Dotsub pages: the media browser and its detail pane, the tasks view's
due texts, tooltips and messages, the shared error banner and paged tables, and the video cache
(the format is described in tools/translations/__init__.py)."""

CATALOG: dict[str, dict[str, str | list[str]]] = {
    # -- media page: counts
    "%n media": {
        "en": ["%n media", "%n media"],
        "de": ["%n Medium", "%n Medien"], "fr": ["%n média", "%n médias"], "es": ["%n medio", "%n medios"],
        "ar": ["لا وسائط", "وسيط واحد", "وسيطان", "%n وسائط", "%n وسيطًا", "%n وسيط"]},
    "{shown} of %n media shown": {
        "en": ["{shown} of %n media shown", "{shown} of %n media shown"],
        "de": ["{shown} von %n Medium angezeigt", "{shown} von %n Medien angezeigt"],
        "fr": ["{shown} sur %n média affichés", "{shown} sur %n médias affichés"],
        "es": ["{shown} de %n medio mostrados", "{shown} de %n medios mostrados"],
        "ar": ["{shown} من %n وسيط معروضة", "{shown} من وسيط واحد معروضة", "{shown} من وسيطين معروضة",
               "{shown} من %n وسائط معروضة", "{shown} من %n وسيطًا معروضة", "{shown} من %n وسيط معروضة"]},
}


def _add(rows: dict[str, tuple[str, str, str, str]]) -> None:
    for source, (de, fr, es, ar) in rows.items():
        CATALOG[source] = {"de": de, "fr": fr, "es": es, "ar": ar}


# -- shared pieces: the error banner, the paged tables' header tooltips and loading title
_add({
    "ErrorBanner|Retry": ("Wiederholen", "Réessayer", "Reintentar", "إعادة المحاولة"),
    "ErrorBanner|Dismiss": ("Ausblenden", "Masquer", "Descartar", "إخفاء"),
    "Sort by {lower_column}": ("Nach {column} sortieren", "Trier par {lower_column}", "Ordenar por {lower_column}",
                               "الفرز حسب {column}"),
    "{column} (not sortable)": ("{column} (nicht sortierbar)", "{column} (tri impossible)",
                                "{column} (no se puede ordenar)", "{column} (غير قابل للفرز)"),
    "PagedTableModel|Loading": ("Wird geladen", "Chargement", "Cargando", "جارٍ التحميل"),
})

# -- media table
_add({
    "MediaModel|Title": ("Titel", "Titre", "Título", "العنوان"),
    "MediaModel|ID": ("ID", "ID", "ID", "المعرّف"),
    "MediaModel|Subtitled": ("Untertitelt", "Sous-titré", "Subtitulado", "مترجَم"),
    "MediaModel|Upload / encoding": ("Upload / Kodierung", "Envoi / encodage", "Subida / codificación", "الرفع / الترميز"),
    "MediaModel|Length": ("Länge", "Durée", "Duración", "المدة"),
    "MediaModel|Created": ("Erstellt", "Créé", "Creado", "الإنشاء"),
    "MediaModel|Organization": ("Organisation", "Organisation", "Organización", "المؤسسة"),
    "Loading Dotsub media": ("Dotsub-Medien werden geladen", "Chargement des médias Dotsub",
                             "Cargando medios de Dotsub", "جارٍ تحميل وسائط Dotsub"),
    "Encoding failed: {error}": ("Kodierung fehlgeschlagen: {error}", "Échec de l'encodage : {error}",
                                 "Falló la codificación: {error}", "فشل الترميز: {error}"),
    "MediaModel|Upload failed": ("Upload fehlgeschlagen", "Échec de l'envoi", "Falló la subida", "فشل الرفع"),
    "Uploading {percent} %": ("Wird hochgeladen: {percent} %", "Envoi en cours : {percent} %",
                              "Subiendo: {percent} %", "جارٍ الرفع: {percent} %"),
    "MediaModel|Waiting for upload": ("Wartet auf Upload", "En attente d'envoi", "Esperando la subida", "في انتظار الرفع"),
    "MediaModel|Encoding": ("Wird kodiert", "Encodage en cours", "Codificando", "جارٍ الترميز"),
    "MediaModel|Unknown": ("Unbekannt", "Inconnu", "Desconocido", "غير معروف"),
})

# -- media detail pane
_add({
    "MediaDetail|Media ID:": ("Medien-ID:", "ID du média :", "ID del medio:", "معرّف الوسائط:"),
    "MediaDetail|External ID:": ("Externe ID:", "ID externe :", "ID externo:", "المعرّف الخارجي:"),
    "MediaDetail|Project:": ("Projekt:", "Projet :", "Proyecto:", "المشروع:"),
    "MediaDetail|Workflow:": ("Workflow:", "Flux de travail :", "Flujo de trabajo:", "سير العمل:"),
    "MediaDetail|Organization:": ("Organisation:", "Organisation :", "Organización:", "المؤسسة:"),
    "MediaDetail|Created:": ("Erstellt:", "Créé le :", "Creado:", "تاريخ الإنشاء:"),
    "MediaDetail|File:": ("Datei:", "Fichier :", "Archivo:", "الملف:"),
    "MediaDetail|Length:": ("Länge:", "Durée :", "Duración:", "المدة:"),
    "MediaDetail|Upload:": ("Upload:", "Envoi :", "Subida:", "الرفع:"),
    "MediaDetail|Encoding:": ("Kodierung:", "Encodage :", "Codificación:", "الترميز:"),
    "MediaDetail|Tags:": ("Tags:", "Étiquettes :", "Etiquetas:", "الوسوم:"),
    "MediaDetail|Role": ("Rolle", "Rôle", "Función", "الدور"),
    "MediaDetail|Subtitles": ("Untertitel", "Sous-titres", "Subtítulos", "الترجمات"),
    "MediaDetail|Open in editor": ("Im Editor öffnen", "Ouvrir dans l'éditeur", "Abrir en el editor", "فتح في المحرر"),
    "Download the selected language's subtitles and open them (Enter)": (
        "Die Untertitel der ausgewählten Sprache herunterladen und öffnen (Eingabe)",
        "Télécharger les sous-titres de la langue sélectionnée et les ouvrir (Entrée)",
        "Descargar los subtítulos del idioma seleccionado y abrirlos (Intro)",
        "تنزيل ترجمات اللغة المحددة وفتحها (Enter)"),
    "Read this media from Dotsub again": ("Dieses Medium erneut von Dotsub abrufen", "Relire ce média depuis Dotsub",
                                          "Volver a leer este medio de Dotsub", "إعادة قراءة هذه الوسائط من Dotsub"),
    "Show every task of this media in the tasks view": (
        "Alle Aufgaben dieses Mediums in der Aufgabenansicht zeigen",
        "Afficher toutes les tâches de ce média dans la vue des tâches",
        "Mostrar todas las tareas de este medio en la vista de tareas",
        "عرض كل مهام هذه الوسائط في عرض المهام"),
    "Select a media to see its languages, upload state and notes.": (
        "Ein Medium auswählen, um seine Sprachen, den Upload-Status und die Notizen zu sehen.",
        "Sélectionnez un média pour voir ses langues, l'état de l'envoi et les notes.",
        "Seleccione un medio para ver sus idiomas, el estado de la subida y las notas.",
        "حدّد وسائط لعرض لغاتها وحالة رفعها وملاحظاتها."),
    "MediaDetail|Languages": ("Sprachen", "Langues", "Idiomas", "اللغات"),
    "MediaDetail|Details": ("Details", "Détails", "Detalles", "التفاصيل"),
    "MediaDetail|Description": ("Beschreibung", "Description", "Descripción", "الوصف"),
    "MediaDetail|Notes": ("Notizen", "Notes", "Notas", "الملاحظات"),
    "MediaDetail|No description.": ("Keine Beschreibung.", "Aucune description.", "Sin descripción.", "لا يوجد وصف."),
    "MediaDetail|No notes.": ("Keine Notizen.", "Aucune note.", "Sin notas.", "لا توجد ملاحظات."),
    "MediaDetail|No thumbnail": ("Kein Vorschaubild", "Aucune miniature", "Sin miniatura", "لا توجد صورة مصغّرة"),
    "MediaDetail|Loading…": ("Wird geladen…", "Chargement…", "Cargando…", "جارٍ التحميل…"),
    "MediaDetail|Translation": ("Übersetzung", "Traduction", "Traducción", "الترجمة"),
    "MediaDetail|Complete": ("Fertig", "Terminés", "Completos", "مكتملة"),
    "MediaDetail|Not finished": ("Nicht fertig", "Non terminés", "Sin terminar", "غير مكتملة"),
    "MediaDetail|Uploaded": ("Hochgeladen", "Envoyé", "Subido", "تم الرفع"),
    "{status} at {percent} %": ("{status} bei {percent} %", "{status} à {percent} %", "{status} al {percent} %",
                                "{status} عند {percent} %"),
    "{status} (from {origin})": ("{status} (von {origin})", "{status} (depuis {origin})", "{status} (desde {origin})",
                                 "{status} (من {origin})"),
    "MediaDetail|{status}: {error}": ("{status}: {error}", "{status} : {error}", "{status}: {error}",
                                      "{status}: {error}"),
    "MediaDetail|a file": ("einer Datei", "un fichier", "un archivo", "ملف"),
    "MediaDetail|a URL": ("einer URL", "une URL", "una URL", "عنوان URL"),
    "MediaDetail|Failed: {error}": ("Fehlgeschlagen: {error}", "Échec : {error}", "Error: {error}", "فشل: {error}"),
    "Encoded (MP4, HD)": ("Kodiert (MP4, HD)", "Encodé (MP4, HD)", "Codificado (MP4, HD)", "مُرمَّز (MP4, HD)"),
    "Encoded (MP4)": ("Kodiert (MP4)", "Encodé (MP4)", "Codificado (MP4)", "مُرمَّز (MP4)"),
    "MediaDetail|Not encoded yet": ("Noch nicht kodiert", "Pas encore encodé", "Aún no codificado", "لم يُرمَّز بعد"),
})

# -- media page: filters, state and messages
_add({
    "Search titles (Ctrl+F)": ("Titel durchsuchen (Strg+F)", "Rechercher dans les titres (Ctrl+F)",
                               "Buscar en los títulos (Ctrl+F)", "البحث في العناوين (Ctrl+F)"),
    "MediaPage|All projects": ("Alle Projekte", "Tous les projets", "Todos los proyectos", "كل المشاريع"),
    "MediaPage|All tags": ("Alle Tags", "Toutes les étiquettes", "Todas las etiquetas", "كل الوسوم"),
    "Load the media list again (F5)": ("Die Medienliste neu laden (F5)", "Recharger la liste des médias (F5)",
                                       "Volver a cargar la lista de medios (F5)", "إعادة تحميل قائمة الوسائط (F5)"),
    "MediaPage|Loading media…": ("Medien werden geladen…", "Chargement des médias…", "Cargando medios…",
                       "جارٍ تحميل الوسائط…"),
    "MediaPage|Loading more media…": ("Weitere Medien werden geladen…", "Chargement d'autres médias…", "Cargando más medios…",
                            "جارٍ تحميل مزيد من الوسائط…"),
    "MediaPage|Dotsub media": ("Dotsub-Medien", "Médias Dotsub", "Medios de Dotsub", "وسائط Dotsub"),
    "Find media by title": ("Medien nach Titel suchen", "Rechercher des médias par titre", "Buscar medios por título",
                            "البحث عن الوسائط حسب العنوان"),
    "Load the media list again": ("Die Medienliste neu laden", "Recharger la liste des médias",
                                  "Volver a cargar la lista de medios", "إعادة تحميل قائمة الوسائط"),
    "Open the selected language in the editor": ("Die ausgewählte Sprache im Editor öffnen",
                                                 "Ouvrir la langue sélectionnée dans l'éditeur",
                                                 "Abrir el idioma seleccionado en el editor",
                                                 "فتح اللغة المحددة في المحرر"),
    "The media list could not be loaded: {error}": ("Die Medienliste konnte nicht geladen werden: {error}",
                                                    "La liste des médias n'a pas pu être chargée : {error}",
                                                    "No se pudo cargar la lista de medios: {error}",
                                                    "تعذّر تحميل قائمة الوسائط: {error}"),
    "The media list could not be loaded. See the message above; Retry when the problem is fixed.": (
        "Die Medienliste konnte nicht geladen werden. Siehe die Meldung oben; „Wiederholen“, sobald das Problem "
        "behoben ist.",
        "La liste des médias n'a pas pu être chargée. Voir le message ci-dessus ; Réessayer une fois le problème "
        "résolu.",
        "No se pudo cargar la lista de medios. Consulte el mensaje de arriba; Reintentar cuando se resuelva el "
        "problema.",
        "تعذّر تحميل قائمة الوسائط. راجع الرسالة أعلاه، واختر إعادة المحاولة بعد حل المشكلة."),
    "Loading media from Dotsub…": ("Medien werden von Dotsub geladen…", "Chargement des médias depuis Dotsub…",
                                   "Cargando medios de Dotsub…", "جارٍ تحميل الوسائط من Dotsub…"),
    "No media match these filters.\nChange the title or project, or choose Clear filters.": (
        "Keine Medien entsprechen diesen Filtern.\nTitel oder Projekt ändern oder „Filter zurücksetzen“ wählen.",
        "Aucun média ne correspond à ces filtres.\nModifiez le titre ou le projet, ou choisissez Effacer les filtres.",
        "Ningún medio coincide con estos filtros.\nCambie el título o el proyecto, o elija Borrar filtros.",
        "لا توجد وسائط تطابق هذه المرشحات.\nغيّر العنوان أو المشروع، أو اختر مسح المرشحات."),
    "This Dotsub organization has no media yet.\nUpload a video to Dotsub to see it here.": (
        "Diese Dotsub-Organisation hat noch keine Medien.\nLaden Sie ein Video zu Dotsub hoch, um es hier zu sehen.",
        "Cette organisation Dotsub n'a encore aucun média.\nEnvoyez une vidéo à Dotsub pour la voir ici.",
        "Esta organización de Dotsub aún no tiene medios.\nSuba un vídeo a Dotsub para verlo aquí.",
        "لا توجد وسائط في مؤسسة Dotsub هذه بعد.\nارفع فيديو إلى Dotsub لتراه هنا."),
    "Refreshing media {media}": ("Medium {media} wird aktualisiert", "Actualisation du média {media}",
                                 "Actualizando el medio {media}", "جارٍ تحديث الوسائط {media}"),
})

# -- tasks table: due texts and tooltips
_add({
    "TasksModel|{count} min": ("{count} Min.", "{count} min", "{count} min", "{count} د"),
    "TasksModel|{count} h": ("{count} Std.", "{count} h", "{count} h", "{count} س"),
    "TasksModel|{count} d": ("{count} T.", "{count} j", "{count} d", "{count} ي"),
    "TasksModel|{amount} overdue": ("{amount} überfällig", "en retard de {amount}", "vencida hace {amount}",
                         "متأخرة بـ {amount}"),
    "TasksModel|in {amount}": ("in {amount}", "dans {amount}", "en {amount}", "خلال {amount}"),
    "Loading Dotsub tasks": ("Dotsub-Aufgaben werden geladen", "Chargement des tâches Dotsub",
                             "Cargando tareas de Dotsub", "جارٍ تحميل مهام Dotsub"),
    "Dotsub: {value} % done": ("Dotsub: {value} % erledigt", "Dotsub : {value} % effectués",
                               "Dotsub: {value} % hecho", "Dotsub: أُنجز {value} %"),
    "On this computer: {progress}": ("Auf diesem Computer: {progress}", "Sur cet ordinateur : {progress}",
                                     "En este ordenador: {progress}", "على هذا الحاسوب: {progress}"),
    "Task {task}: {type} {language}": ("Aufgabe {task}: {type} {language}", "Tâche {task} : {type} {language}",
                                       "Tarea {task}: {type} {language}", "المهمة {task}: {type} {language}"),
})

# -- tasks page: assignee types, empty states, the footer's description
_add({
    "TasksPage|Group": ("Gruppe", "Groupe", "Grupo", "مجموعة"),
    "TasksPage|User": ("Benutzer", "Utilisateur", "Usuario", "مستخدم"),
    "TasksPage|Asr": ("Spracherkennung", "Reconnaissance vocale", "Reconocimiento de voz", "التعرف على الكلام"),
    "TasksPage|Mt": ("Maschinelle Übersetzung", "Traduction automatique", "Traducción automática", "الترجمة الآلية"),
    "TasksPage|Tts": ("Sprachausgabe", "Synthèse vocale", "Texto a voz", "تحويل النص إلى كلام"),
    "TasksPage|Burn In": ("Einbrennen", "Incrustation", "Incrustación", "دمج في الفيديو"),
    "TasksPage|None": ("Keine", "Aucun", "Ninguno", "بلا"),
    "The task list could not be loaded. See the message above; Retry when the problem is fixed.": (
        "Die Aufgabenliste konnte nicht geladen werden. Siehe die Meldung oben; „Wiederholen“, sobald das Problem "
        "behoben ist.",
        "La liste des tâches n'a pas pu être chargée. Voir le message ci-dessus ; Réessayer une fois le problème "
        "résolu.",
        "No se pudo cargar la lista de tareas. Consulte el mensaje de arriba; Reintentar cuando se resuelva el "
        "problema.",
        "تعذّر تحميل قائمة المهام. راجع الرسالة أعلاه، واختر إعادة المحاولة بعد حل المشكلة."),
    "No tasks match these filters.\nChoose “Completed or not”, widen the due dates, or Clear filters.": (
        "Keine Aufgaben entsprechen diesen Filtern.\n„Abgeschlossen oder nicht“ wählen, den Fälligkeitszeitraum "
        "erweitern oder „Filter zurücksetzen“.",
        "Aucune tâche ne correspond à ces filtres.\nChoisissez « Terminées ou non », élargissez les échéances ou "
        "Effacez les filtres.",
        "Ninguna tarea coincide con estos filtros.\nElija «Completadas o no», amplíe las fechas de vencimiento o "
        "Borre los filtros.",
        "لا توجد مهام تطابق هذه المرشحات.\nاختر «مكتملة أو لا»، أو وسّع مواعيد الاستحقاق، أو امسح المرشحات."),
    "TasksPage|from {language}": ("aus {language}", "depuis {language}", "desde {language}", "من {language}"),
    "TasksPage|assigned to {name}": ("zugewiesen an {name}", "assignée à {name}", "asignada a {name}", "مسندة إلى {name}"),
    "TasksPage|error: {error}": ("Fehler: {error}", "erreur : {error}", "error: {error}", "خطأ: {error}"),
})

# -- the video cache (activity panel)
_add({
    "The video was not saved: {error}": ("Das Video wurde nicht gespeichert: {error}",
                                         "La vidéo n'a pas été enregistrée : {error}",
                                         "El vídeo no se guardó: {error}", "لم يُحفظ الفيديو: {error}"),
    "Downloading the video of {title}": ("Video von {title} wird heruntergeladen", "Téléchargement de la vidéo de {title}",
                                         "Descargando el vídeo de {title}", "جارٍ تنزيل فيديو {title}"),
    "VideoCache|Downloading the video": ("Video wird heruntergeladen", "Téléchargement de la vidéo", "Descargando el vídeo",
                              "جارٍ تنزيل الفيديو"),
})

# -- opening a task or a media's language in the editor
_add({
    "Opening task {task}: {what}": ("Aufgabe {task} wird geöffnet: {what}", "Ouverture de la tâche {task} : {what}",
                                    "Abriendo la tarea {task}: {what}", "جارٍ فتح المهمة {task}: {what}"),
    "Opening {what}": ("{what} wird geöffnet", "Ouverture de {what}", "Abriendo {what}", "جارٍ فتح {what}"),
    "Opening {what}…": ("{what} wird geöffnet…", "Ouverture de {what}…", "Abriendo {what}…", "جارٍ فتح {what}…"),
})
