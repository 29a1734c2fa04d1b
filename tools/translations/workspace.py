"""Translations of the editor workspace and its flow: the workspace (session header, send, glossary
docks), the editor controller's messages, autosave's restore offer, the specification panel, the
workbench (kept cues, spelling), project glossaries, the media binding and the source view (the
format is described in tools/translations/__init__.py)."""

CATALOG: dict[str, dict[str, str | list[str]]] = {}


def _add(rows: dict[str, tuple[str, str, str, str]]) -> None:
    for source, (de, fr, es, ar) in rows.items():
        CATALOG[source] = {"de": de, "fr": fr, "es": es, "ar": ar}


# -- editor controller: open, save, undo, messages
_add({
    "EditorController|Untitled": ("Unbenannt", "Sans titre", "Sin título", "بلا عنوان"),
    "Cannot open subtitle file": ("Untertiteldatei kann nicht geöffnet werden",
                                  "Impossible d'ouvrir le fichier de sous-titres",
                                  "No se puede abrir el archivo de subtítulos", "تعذّر فتح ملف الترجمة"),
    "Opening {name}": ("{name} wird geöffnet", "Ouverture de {name}", "Abriendo {name}", "جارٍ فتح {name}"),
    "Cannot save": ("Speichern nicht möglich", "Impossible d'enregistrer", "No se puede guardar", "تعذّر الحفظ"),
    "Saved {name}": ("{name} gespeichert", "{name} enregistré", "Se guardó {name}", "حُفظ {name}"),
    "Saving {name}": ("{name} wird gespeichert", "Enregistrement de {name}", "Guardando {name}", "جارٍ حفظ {name}"),
    "Cannot use this spec": ("Diese Spezifikation ist nicht verwendbar", "Impossible d'utiliser cette spécification",
                             "No se puede usar esta especificación", "تعذّر استخدام هذه المواصفات"),
    "Undone": ("Rückgängig gemacht", "Annulé", "Deshecho", "تم التراجع"),
    "Redone": ("Wiederhergestellt", "Rétabli", "Rehecho", "تمت الإعادة"),
    "Select two or more adjacent cues to merge": (
        "Zwei oder mehr benachbarte Untertitel zum Zusammenführen auswählen",
        "Sélectionnez au moins deux sous-titres adjacents à fusionner",
        "Seleccione dos o más subtítulos contiguos para unirlos",
        "حدّد ترجمتين متجاورتين أو أكثر لدمجها"),
    "“{pattern}” not found": ("„{pattern}“ nicht gefunden", "« {pattern} » introuvable", "No se encontró «{pattern}»",
                              "لم يُعثر على «{pattern}»"),
})
# English keeps "cues" for every count, as it always read.
CATALOG["Opened {name}: %n cues ({format}, {encoding})"] = {
    "en": ["Opened {name}: %n cues ({format}, {encoding})", "Opened {name}: %n cues ({format}, {encoding})"],
    "de": ["{name} geöffnet: %n Untertitel ({format}, {encoding})",
           "{name} geöffnet: %n Untertitel ({format}, {encoding})"],
    "fr": ["{name} ouvert : %n sous-titre ({format}, {encoding})",
           "{name} ouvert : %n sous-titres ({format}, {encoding})"],
    "es": ["Se abrió {name}: %n subtítulo ({format}, {encoding})",
           "Se abrió {name}: %n subtítulos ({format}, {encoding})"],
    "ar": ["فُتح {name}: لا ترجمات ({format}، {encoding})", "فُتح {name}: ترجمة واحدة ({format}، {encoding})",
           "فُتح {name}: ترجمتان ({format}، {encoding})", "فُتح {name}: %n ترجمات ({format}، {encoding})",
           "فُتح {name}: %n ترجمة ({format}، {encoding})", "فُتح {name}: %n ترجمة ({format}، {encoding})"]}
CATALOG["Saved {name} (%n note(s) about what the format dropped)"] = {
    "en": ["Saved {name} (%n note about what the format dropped)",
           "Saved {name} (%n notes about what the format dropped)"],
    "de": ["{name} gespeichert (%n Hinweis zu dem, was das Format verworfen hat)",
           "{name} gespeichert (%n Hinweise zu dem, was das Format verworfen hat)"],
    "fr": ["{name} enregistré (%n remarque sur ce que le format n'a pas conservé)",
           "{name} enregistré (%n remarques sur ce que le format n'a pas conservé)"],
    "es": ["Se guardó {name} (%n nota sobre lo que el formato descartó)",
           "Se guardó {name} (%n notas sobre lo que el formato descartó)"],
    "ar": ["حُفظ {name} (لا ملاحظات حول ما أسقطه التنسيق)", "حُفظ {name} (ملاحظة واحدة حول ما أسقطه التنسيق)",
           "حُفظ {name} (ملاحظتان حول ما أسقطه التنسيق)", "حُفظ {name} (%n ملاحظات حول ما أسقطه التنسيق)",
           "حُفظ {name} (%n ملاحظة حول ما أسقطه التنسيق)", "حُفظ {name} (%n ملاحظة حول ما أسقطه التنسيق)"]}

# -- autosave: the offer to restore after a crash
_add({
    "an untitled document": ("einem unbenannten Dokument", "un document sans titre", "un documento sin título",
                             "مستند بلا عنوان"),
    " (autosaved {time})": (" (automatisch gesichert am {time})", " (enregistré automatiquement le {time})",
                            " (guardado automáticamente el {time})", " (حُفظ تلقائيًا في {time})"),
    "Restore unsaved changes?": ("Ungesicherte Änderungen wiederherstellen?",
                                 "Restaurer les modifications non enregistrées ?", "¿Recuperar los cambios sin guardar?",
                                 "هل تريد استعادة التغييرات غير المحفوظة؟"),
    "Subtitle Desk did not close normally. Unsaved changes to {recovery} were autosaved.": (
        "Subtitle Desk wurde nicht normal beendet. Ungesicherte Änderungen an {recovery} wurden automatisch "
        "gesichert.",
        "Subtitle Desk ne s'est pas fermé normalement. Les modifications non enregistrées apportées à {recovery} "
        "ont été enregistrées automatiquement.",
        "Subtitle Desk no se cerró correctamente. Los cambios sin guardar en {recovery} se guardaron "
        "automáticamente.",
        "لم يُغلق Subtitle Desk بشكل طبيعي. حُفظت التغييرات غير المحفوظة على {recovery} تلقائيًا."),
    "Restore them now? Discarding deletes the autosaved copy.": (
        "Jetzt wiederherstellen? Verwerfen löscht die automatisch gesicherte Kopie.",
        "Les restaurer maintenant ? Les abandonner supprime la copie enregistrée automatiquement.",
        "¿Recuperarlos ahora? Descartarlos elimina la copia guardada automáticamente.",
        "هل تستعيدها الآن؟ يؤدي التجاهل إلى حذف النسخة المحفوظة تلقائيًا."),
    "RestoreOffer|Restore": ("Wiederherstellen", "Restaurer", "Recuperar", "استعادة"),
    "RestoreOffer|Discard": ("Verwerfen", "Abandonner", "Descartar", "تجاهل"),
    "RestoreOffer|Later": ("Später", "Plus tard", "Más tarde", "لاحقًا"),
    "Cannot restore": ("Wiederherstellung nicht möglich", "Restauration impossible", "No se puede recuperar",
                       "تعذّرت الاستعادة"),
    "The autosaved copy is damaged: {error}": ("Die automatisch gesicherte Kopie ist beschädigt: {error}",
                                               "La copie enregistrée automatiquement est endommagée : {error}",
                                               "La copia guardada automáticamente está dañada: {error}",
                                               "النسخة المحفوظة تلقائيًا تالفة: {error}"),
})
CATALOG[", %n cue(s)"] = {
    "en": [", %n cue", ", %n cues"], "de": [", %n Untertitel", ", %n Untertitel"],
    "fr": [", %n sous-titre", ", %n sous-titres"], "es": [", %n subtítulo", ", %n subtítulos"],
    "ar": ["، لا ترجمات", "، ترجمة واحدة", "، ترجمتان", "، %n ترجمات", "، %n ترجمة", "، %n ترجمة"]}

# -- the specification panel
_add({
    "SpecPanel|None": ("Keine", "Aucune", "Ninguna", "بلا"),
    "Full name": ("Vollständiger Name", "Nom complet", "Nombre completo", "الاسم الكامل"),
    "First name": ("Vorname", "Prénom", "Nombre", "الاسم الأول"),
    "Last name": ("Nachname", "Nom de famille", "Apellido", "اسم العائلة"),
    "Initials": ("Initialen", "Initiales", "Iniciales", "الأحرف الأولى"),
    "Speaker id": ("Sprecher-ID", "ID du locuteur", "ID del hablante", "معرّف المتحدث"),
    "SpecPanel|Role": ("Rolle", "Rôle", "Papel", "الدور"),
    "New line per speaker": ("Neue Zeile pro Sprecher", "Nouvelle ligne par locuteur", "Línea nueva por hablante",
                             "سطر جديد لكل متحدث"),
    "Double chevron (>>)": ("Doppelte spitze Klammer (>>)", "Double chevron (>>)", "Doble comilla angular (>>)",
                            "علامة مزدوجة (>>)"),
    "Dash per speaker (-)": ("Gedankenstrich pro Sprecher (-)", "Tiret par locuteur (-)", "Guion por hablante (-)",
                             "شرطة لكل متحدث (-)"),
    "spoken audio": ("gesprochener Ton", "paroles prononcées", "audio hablado", "الكلام المنطوق"),
    "on-screen text": ("Bildschirmtext", "texte à l'écran", "texto en pantalla", "النص على الشاشة"),
    "audio description": ("Audiodeskription", "audiodescription", "audiodescripción", "الوصف الصوتي"),
    "{seconds} s": ("{seconds} s", "{seconds} s", "{seconds} s", "{seconds} ث"),
    "Lines per cue": ("Zeilen pro Untertitel", "Lignes par sous-titre", "Líneas por subtítulo", "الأسطر في كل ترجمة"),
    "Characters per line": ("Zeichen pro Zeile", "Caractères par ligne", "Caracteres por línea", "الأحرف في كل سطر"),
    "{value} characters/s": ("{value} Zeichen/s", "{value} caractères/s", "{value} caracteres/s", "{value} حرف/ث"),
    "SpecPanel|Duration": ("Dauer", "Durée", "Duración", "المدة"),
    "Minimum gap": ("Mindestabstand", "Intervalle minimal", "Separación mínima", "أدنى فاصل"),
    "{value} ms": ("{value} ms", "{value} ms", "{value} ms", "{value} مللي ثانية"),
    "Speaker identification": ("Sprecherkennzeichnung", "Identification des locuteurs", "Identificación de hablantes",
                               "تعريف المتحدث"),
    "Dialogue style": ("Dialogstil", "Style des dialogues", "Estilo de diálogo", "نمط الحوار"),
    "Transcribe": ("Transkribieren", "À transcrire", "Transcribir", "التفريغ النصي"),
    "No task specification.": ("Keine Aufgabenspezifikation.", "Aucune spécification de tâche.",
                               "Sin especificación de tarea.", "لا مواصفات للمهمة."),
    "QC checks against {spec}.": ("Die Qualitätsprüfung prüft gemäß {spec}.",
                                  "Le contrôle qualité vérifie selon {spec}.",
                                  "El control de calidad comprueba según {spec}.", "تفحص مراقبة الجودة وفق {spec}."),
    "Media notes": ("Hinweise zum Medium", "Notes sur le média", "Notas del medio", "ملاحظات الوسائط"),
    "all languages": ("alle Sprachen", "toutes les langues", "todos los idiomas", "كل اللغات"),
    "Dotsub spec {id}": ("Dotsub-Spezifikation {id}", "Spécification Dotsub {id}", "Especificación de Dotsub {id}",
                         "مواصفات Dotsub {id}"),
    "(disabled)": ("(deaktiviert)", "(désactivée)", "(desactivada)", "(معطّلة)"),
    "SpecPanel|Comments": ("Kommentare", "Commentaires", "Comentarios", "التعليقات"),
    "SpecPanel|Notes": ("Hinweise", "Notes", "Notas", "ملاحظات"),
})

# -- the workbench: kept cues, spelling
_add({
    "The kept cues could not be read ({error}): none are kept": (
        "Die belassenen Untertitel konnten nicht gelesen werden ({error}): keiner ist belassen",
        "Les sous-titres conservés n'ont pas pu être lus ({error}) : aucun n'est conservé",
        "No se pudieron leer los subtítulos mantenidos ({error}): no se mantiene ninguno",
        "تعذّرت قراءة الترجمات المحتفَظ بها ({error}): لم يُحتفظ بأي منها"),
    "The kept cues could not be saved: {error}": (
        "Die belassenen Untertitel konnten nicht gespeichert werden: {error}",
        "Les sous-titres conservés n'ont pas pu être enregistrés : {error}",
        "No se pudieron guardar los subtítulos mantenidos: {error}",
        "تعذّر حفظ الترجمات المحتفَظ بها: {error}"),
    "No spelling dictionary for {language}: spelling is not checked": (
        "Kein Rechtschreibwörterbuch für {language}: die Rechtschreibung wird nicht geprüft",
        "Aucun dictionnaire orthographique pour {language} : l'orthographe n'est pas vérifiée",
        "No hay diccionario ortográfico para {language}: no se comprueba la ortografía",
        "لا قاموس إملائي للغة {language}: لا يُدقَّق الإملاء"),
    "Spelling is not checked: {error}": ("Die Rechtschreibung wird nicht geprüft: {error}",
                                         "L'orthographe n'est pas vérifiée : {error}",
                                         "No se comprueba la ortografía: {error}", "لا يُدقَّق الإملاء: {error}"),
    "Spelling checked in {language}": ("Rechtschreibprüfung in {language}", "Orthographe vérifiée en {language}",
                                       "Ortografía comprobada en {language}", "يُدقَّق الإملاء باللغة {language}"),
    "Loading the {language} spelling dictionary": ("Rechtschreibwörterbuch {language} wird geladen",
                                                   "Chargement du dictionnaire orthographique {language}",
                                                   "Cargando el diccionario ortográfico de {language}",
                                                   "جارٍ تحميل القاموس الإملائي {language}"),
    "“{word}” could not be added to the dictionary: {error}": (
        "„{word}“ konnte nicht zum Wörterbuch hinzugefügt werden: {error}",
        "« {word} » n'a pas pu être ajouté au dictionnaire : {error}",
        "No se pudo añadir «{word}» al diccionario: {error}",
        "تعذّرت إضافة «{word}» إلى القاموس: {error}"),
    "“{word}” added to your {dictionary} dictionary": ("„{word}“ zu Ihrem Wörterbuch {dictionary} hinzugefügt",
                                                       "« {word} » ajouté à votre dictionnaire {dictionary}",
                                                       "«{word}» añadido a su diccionario {dictionary}",
                                                       "أُضيفت «{word}» إلى قاموسك {dictionary}"),
    "“{word}” ignored until Subtitle Desk closes": ("„{word}“ wird ignoriert, bis Subtitle Desk geschlossen wird",
                                                    "« {word} » ignoré jusqu'à la fermeture de Subtitle Desk",
                                                    "«{word}» se ignora hasta que se cierre Subtitle Desk",
                                                    "تُتجاهل «{word}» حتى إغلاق Subtitle Desk"),
})

# -- project glossaries: import and upload
_add({
    "cannot read: {error}": ("nicht lesbar: {error}", "lecture impossible : {error}", "no se puede leer: {error}",
                             "تعذّرت القراءة: {error}"),
    "Cannot import this glossary": ("Dieses Glossar kann nicht importiert werden", "Impossible d'importer ce glossaire",
                                    "No se puede importar este glosario", "تعذّر استيراد هذا المسرد"),
    "Importing the glossary {file}": ("Glossar {file} wird importiert", "Importation du glossaire {file}",
                                      "Importando el glosario {file}", "جارٍ استيراد المسرد {file}"),
    "The project glossary cannot be used: {error}": ("Das Projektglossar ist nicht verwendbar: {error}",
                                                     "Le glossaire du projet est inutilisable : {error}",
                                                     "No se puede usar el glosario del proyecto: {error}",
                                                     "تعذّر استخدام مسرد المشروع: {error}"),
    "No glossary imported for this project ({error})": ("Für dieses Projekt wurde kein Glossar importiert ({error})",
                                                        "Aucun glossaire importé pour ce projet ({error})",
                                                        "No se ha importado ningún glosario para este proyecto ({error})",
                                                        "لم يُستورد أي مسرد لهذا المشروع ({error})"),
    "Could not upload the glossary": ("Das Glossar konnte nicht hochgeladen werden", "Impossible d'envoyer le glossaire",
                                      "No se pudo subir el glosario", "تعذّر رفع المسرد"),
    "Glossary “{name}” is on Dotsub": ("Glossar „{name}“ ist auf Dotsub", "Le glossaire « {name} » est sur Dotsub",
                                       "El glosario «{name}» está en Dotsub", "المسرد «{name}» موجود على Dotsub"),
    "Glossary “{name}” is on Dotsub (replaced)": ("Glossar „{name}“ ist auf Dotsub (ersetzt)",
                                                  "Le glossaire « {name} » est sur Dotsub (remplacé)",
                                                  "El glosario «{name}» está en Dotsub (reemplazado)",
                                                  "المسرد «{name}» موجود على Dotsub (استُبدل)"),
    "Glossary “{name}” is on Dotsub (created)": ("Glossar „{name}“ ist auf Dotsub (angelegt)",
                                                 "Le glossaire « {name} » est sur Dotsub (créé)",
                                                 "El glosario «{name}» está en Dotsub (creado)",
                                                 "المسرد «{name}» موجود على Dotsub (أُنشئ)"),
    "Uploading the glossary “{name}” to Dotsub": ("Glossar „{name}“ wird zu Dotsub hochgeladen",
                                                  "Envoi du glossaire « {name} » à Dotsub",
                                                  "Subiendo el glosario «{name}» a Dotsub",
                                                  "جارٍ رفع المسرد «{name}» إلى Dotsub"),
})
# English keeps "concepts" for every count, as it always read.
CATALOG["Glossary {file} imported for this project: %n concepts in {languages}"] = {
    "en": ["Glossary {file} imported for this project: %n concepts in {languages}",
           "Glossary {file} imported for this project: %n concepts in {languages}"],
    "de": ["Glossar {file} für dieses Projekt importiert: %n Konzept in {languages}",
           "Glossar {file} für dieses Projekt importiert: %n Konzepte in {languages}"],
    "fr": ["Glossaire {file} importé pour ce projet : %n concept en {languages}",
           "Glossaire {file} importé pour ce projet : %n concepts en {languages}"],
    "es": ["Glosario {file} importado para este proyecto: %n concepto en {languages}",
           "Glosario {file} importado para este proyecto: %n conceptos en {languages}"],
    "ar": ["استُورد المسرد {file} لهذا المشروع: لا مفاهيم باللغات {languages}",
           "استُورد المسرد {file} لهذا المشروع: مفهوم واحد باللغات {languages}",
           "استُورد المسرد {file} لهذا المشروع: مفهومان باللغات {languages}",
           "استُورد المسرد {file} لهذا المشروع: %n مفاهيم باللغات {languages}",
           "استُورد المسرد {file} لهذا المشروع: %n مفهومًا باللغات {languages}",
           "استُورد المسرد {file} لهذا المشروع: %n مفهوم باللغات {languages}"]}
CATALOG["%n concept(s)"] = {
    "en": ["%n concept", "%n concepts"], "de": ["%n Konzept", "%n Konzepte"], "fr": ["%n concept", "%n concepts"],
    "es": ["%n concepto", "%n conceptos"],
    "ar": ["لا مفاهيم", "مفهوم واحد", "مفهومان", "%n مفاهيم", "%n مفهومًا", "%n مفهوم"]}

# -- media binding and source view
_add({
    "Video and audio ({patterns});;All files (*)": ("Video und Audio ({patterns});;Alle Dateien (*)",
                                                    "Vidéo et audio ({patterns});;Tous les fichiers (*)",
                                                    "Vídeo y audio ({patterns});;Todos los archivos (*)",
                                                    "فيديو وصوت ({patterns});;كل الملفات (*)"),
    "No video. Playback ▸ Open video… (Ctrl+Shift+O), or drop a video file here.": (
        "Kein Video. Wiedergabe ▸ Video öffnen… (Strg+Umschalt+O) oder hier eine Videodatei ablegen.",
        "Aucune vidéo. Lecture ▸ Ouvrir une vidéo… (Ctrl+Maj+O), ou déposez un fichier vidéo ici.",
        "Sin vídeo. Reproducción ▸ Abrir vídeo… (Ctrl+Mayús+O), o suelte aquí un archivo de vídeo.",
        "لا فيديو. التشغيل ▸ فتح فيديو… (Ctrl+Shift+O)، أو أفلت ملف فيديو هنا."),
    "The audio waveform appears here once a video is open.": (
        "Die Audio-Wellenform erscheint hier, sobald ein Video geöffnet ist.",
        "La forme d'onde audio s'affiche ici dès qu'une vidéo est ouverte.",
        "La forma de onda del audio aparece aquí cuando hay un vídeo abierto.",
        "تظهر الموجة الصوتية هنا بعد فتح فيديو."),
    "SourceView| or ": (" oder ", " ou ", " o ", " أو "),
    "“{term}”: use {translations}": ("„{term}“: {translations} verwenden", "« {term} » : utiliser {translations}",
                                     "«{term}»: use {translations}", "«{term}»: استخدم {translations}"),
    "“{term}”: in the glossary, without an approved translation": (
        "„{term}“: im Glossar, ohne freigegebene Übersetzung",
        "« {term} » : dans le glossaire, sans traduction approuvée",
        "«{term}»: en el glosario, sin traducción aprobada",
        "«{term}»: في المسرد، دون ترجمة معتمدة"),
    "No source cue at this time; nearest:": ("Kein Quell-Untertitel zu dieser Zeit; die nächstgelegenen:",
                                             "Aucun sous-titre source à ce moment ; les plus proches :",
                                             "No hay subtítulo original en este momento; los más cercanos:",
                                             "لا ترجمة مصدر في هذا الوقت؛ الأقرب:"),
})

# -- the workspace: docks, toolbar, session header, sending, glossary state
_add({
    "EditorWorkspace|CAPTION": ("UNTERTITELUNG", "SOUS-TITRAGE", "SUBTITULADO", "التسميات التوضيحية"),
    "EditorWorkspace|TRANSLATION": ("ÜBERSETZUNG", "TRADUCTION", "TRADUCCIÓN", "الترجمة"),
    "EditorWorkspace|POST-EDITING": ("POST-EDITING", "POST-ÉDITION", "POSEDICIÓN", "التحرير اللاحق"),
    "EditorWorkspace|REVIEW": ("REVISION", "RÉVISION", "REVISIÓN", "المراجعة"),
    "EditorWorkspace|PROOFREADING": ("KORREKTORAT", "RELECTURE", "CORRECCIÓN", "التدقيق اللغوي"),
    "EditorWorkspace|Specification": ("Spezifikation", "Spécification", "Especificación", "المواصفات"),
    "&Specification panel": ("&Spezifikationsbereich", "Panneau de &spécification", "Panel de &especificación",
                             "لوحة ال&مواصفات"),
    "EditorWorkspace|Glossary": ("Glossar", "Glossaire", "Glosario", "المسرد"),
    "&Glossary panel": ("&Glossarbereich", "Panneau du &glossaire", "Panel del &glosario", "لوحة الم&سرد"),
    "&Import glossary…": ("Glossar &importieren…", "&Importer un glossaire…", "&Importar glosario…", "ا&ستيراد مسرد…"),
    "Import the Dotsub project's glossary (a Dotsub glossary CSV) once: every task of the project uses it": (
        "Das Glossar des Dotsub-Projekts (eine Dotsub-Glossar-CSV) einmal importieren: jede Aufgabe des Projekts "
        "verwendet es",
        "Importer une fois le glossaire du projet Dotsub (un CSV de glossaire Dotsub) : chaque tâche du projet "
        "l'utilise",
        "Importar una vez el glosario del proyecto de Dotsub (un CSV de glosario de Dotsub): todas las tareas del "
        "proyecto lo usan",
        "استيراد مسرد مشروع Dotsub (ملف CSV لمسرد Dotsub) مرة واحدة: تستخدمه كل مهام المشروع"),
    "&Upload glossary to Dotsub": ("Glossar zu Dotsub &hochladen", "&Envoyer le glossaire à Dotsub",
                                   "&Subir el glosario a Dotsub", "&رفع المسرد إلى Dotsub"),
    "Send to &Dotsub…": ("An &Dotsub senden…", "Envoyer à &Dotsub…", "Enviar a &Dotsub…", "إرسال إلى &Dotsub…"),
    "Save, then upload these subtitles to Dotsub (optionally completing the task)": (
        "Speichern, dann diese Untertitel zu Dotsub hochladen (auf Wunsch die Aufgabe abschließen)",
        "Enregistrer, puis envoyer ces sous-titres à Dotsub (en terminant éventuellement la tâche)",
        "Guardar y después subir estos subtítulos a Dotsub (y, si se desea, completar la tarea)",
        "الحفظ ثم رفع هذه الترجمات إلى Dotsub (مع إكمال المهمة اختياريًا)"),
    "Send to Dotsub (Ctrl+Shift+D)": ("An Dotsub senden (Strg+Umschalt+D)", "Envoyer à Dotsub (Ctrl+Maj+D)",
                                      "Enviar a Dotsub (Ctrl+Mayús+D)", "إرسال إلى Dotsub (Ctrl+Shift+D)"),
    "EditorWorkspace|Work": ("Arbeit", "Travail", "Trabajo", "العمل"),
    "Kept {name}: {title} was not opened": ("{name} behalten: {title} wurde nicht geöffnet",
                                            "{name} conservé : {title} n'a pas été ouvert",
                                            "Se mantuvo {name}: no se abrió {title}",
                                            "أُبقي على {name}: لم يُفتح {title}"),
    "The task's subtitle specification is unusable ({error}): QC uses {spec}": (
        "Die Untertitel-Spezifikation der Aufgabe ist unbrauchbar ({error}): die Qualitätsprüfung verwendet {spec}",
        "La spécification de sous-titres de la tâche est inutilisable ({error}) : le contrôle qualité utilise {spec}",
        "La especificación de subtítulos de la tarea no se puede usar ({error}): el control de calidad usa {spec}",
        "مواصفات الترجمة الخاصة بالمهمة غير صالحة للاستخدام ({error}): تستخدم مراقبة الجودة {spec}"),
    " ({kept} kept as in the source)": (" ({kept} wie in der Quelle belassen)",
                                        " (conservés comme dans la source : {kept})",
                                        " (mantenidos como en el original: {kept})",
                                        " (محتفَظ بها كما في المصدر: {kept})"),
    "file on this computer": ("Datei auf diesem Computer", "fichier sur cet ordinateur", "archivo en este ordenador",
                              "ملف على هذا الحاسوب"),
    "not saved yet": ("noch nicht gespeichert", "pas encore enregistré", "aún sin guardar", "لم يُحفظ بعد"),
    "{spec} (chosen instead of the task's specification: pick it again in the QC panel)": (
        "{spec} (statt der Spezifikation der Aufgabe gewählt: diese in der Qualitätsprüfung wieder auswählen)",
        "{spec} (choisie à la place de la spécification de la tâche : sélectionnez-la de nouveau dans le panneau "
        "de contrôle qualité)",
        "{spec} (elegida en lugar de la especificación de la tarea: vuelva a elegirla en el panel de control de "
        "calidad)",
        "{spec} (اختيرت بدلًا من مواصفات المهمة: اخترها مجددًا في لوحة مراقبة الجودة)"),
    "Service: {service}": ("Dienst: {service}", "Service : {service}", "Servicio: {service}", "الخدمة: {service}"),
    "EditorWorkspace|file": ("Datei", "fichier", "archivo", "ملف"),
    "Media {media}": ("Medium {media}", "Média {media}", "Medio {media}", "الوسائط {media}"),
    "Language {name} ({language}, {direction})": ("Sprache {name} ({language}, {direction})",
                                                  "Langue {name} ({language}, {direction})",
                                                  "Idioma {name} ({language}, {direction})",
                                                  "اللغة {name} ({language}، {direction})"),
    "Task {task} ({type})": ("Aufgabe {task} ({type})", "Tâche {task} ({type})", "Tarea {task} ({type})",
                             "المهمة {task} ({type})"),
    "Saved at {path}": ("Gespeichert unter {path}", "Enregistré dans {path}", "Guardado en {path}", "محفوظ في {path}"),
    "The project glossary is not used: {error}": ("Das Projektglossar wird nicht verwendet: {error}",
                                                  "Le glossaire du projet n'est pas utilisé : {error}",
                                                  "No se usa el glosario del proyecto: {error}",
                                                  "لا يُستخدم مسرد المشروع: {error}"),
    "This work belongs to no Dotsub project: there is no project glossary.": (
        "Diese Arbeit gehört zu keinem Dotsub-Projekt: es gibt kein Projektglossar.",
        "Ce travail n'appartient à aucun projet Dotsub : il n'y a pas de glossaire de projet.",
        "Este trabajo no pertenece a ningún proyecto de Dotsub: no hay glosario del proyecto.",
        "لا ينتمي هذا العمل إلى أي مشروع Dotsub: لا يوجد مسرد للمشروع."),
    "No glossary for this project yet. <b>Import…</b> a Dotsub glossary CSV once; every task of the project then "
    "uses it.": (
        "Noch kein Glossar für dieses Projekt. Eine Dotsub-Glossar-CSV einmal mit <b>Importieren…</b> laden; jede "
        "Aufgabe des Projekts verwendet es dann.",
        "Pas encore de glossaire pour ce projet. <b>Importer…</b> une fois un CSV de glossaire Dotsub ; chaque "
        "tâche du projet l'utilise ensuite.",
        "Aún no hay glosario para este proyecto. <b>Importar…</b> una vez un CSV de glosario de Dotsub; después lo "
        "usan todas las tareas del proyecto.",
        "لا مسرد لهذا المشروع بعد. <b>استيراد…</b> ملف CSV لمسرد Dotsub مرة واحدة؛ ثم تستخدمه كل مهام المشروع."),
    "not used for this work": ("für diese Arbeit nicht verwendet", "non utilisé pour ce travail",
                               "no se usa para este trabajo", "غير مستخدم لهذا العمل"),
    "On Dotsub as glossary {id}": ("Auf Dotsub als Glossar {id}", "Sur Dotsub comme glossaire {id}",
                                   "En Dotsub como glosario {id}", "على Dotsub بوصفه المسرد {id}"),
    "No project": ("Kein Projekt", "Aucun projet", "Ningún proyecto", "لا مشروع"),
    "A glossary belongs to a Dotsub project: open one of its tasks first.": (
        "Ein Glossar gehört zu einem Dotsub-Projekt: zuerst eine seiner Aufgaben öffnen.",
        "Un glossaire appartient à un projet Dotsub : ouvrez d'abord l'une de ses tâches.",
        "Un glosario pertenece a un proyecto de Dotsub: abra primero una de sus tareas.",
        "ينتمي المسرد إلى مشروع Dotsub: افتح إحدى مهامه أولًا."),
    "Import a glossary": ("Ein Glossar importieren", "Importer un glossaire", "Importar un glosario", "استيراد مسرد"),
    "Dotsub glossary (*.csv);;All files (*)": ("Dotsub-Glossar (*.csv);;Alle Dateien (*)",
                                               "Glossaire Dotsub (*.csv);;Tous les fichiers (*)",
                                               "Glosario de Dotsub (*.csv);;Todos los archivos (*)",
                                               "مسرد Dotsub (*.csv);;كل الملفات (*)"),
    "Still sending the previous version to Dotsub": ("Die vorherige Version wird noch an Dotsub gesendet",
                                                     "L'envoi de la version précédente à Dotsub est toujours en cours",
                                                     "Todavía se está enviando la versión anterior a Dotsub",
                                                     "ما زال إرسال الإصدار السابق إلى Dotsub جاريًا"),
    "Nothing to send": ("Nichts zu senden", "Rien à envoyer", "Nada que enviar", "لا شيء للإرسال"),
    "These subtitles have no cues yet: Dotsub refuses an empty file.": (
        "Diese Untertiteldatei enthält noch keine Untertitel: Dotsub lehnt eine leere Datei ab.",
        "Ce fichier de sous-titres ne contient encore aucun sous-titre : Dotsub refuse un fichier vide.",
        "Este archivo de subtítulos aún no tiene subtítulos: Dotsub rechaza un archivo vacío.",
        "لا يحتوي ملف الترجمة هذا على أي ترجمة بعد: يرفض Dotsub الملف الفارغ."),
    "Dotsub media {media}, {name} ({language}), task {task}": (
        "Dotsub-Medium {media}, {name} ({language}), Aufgabe {task}",
        "Média Dotsub {media}, {name} ({language}), tâche {task}",
        "Medio de Dotsub {media}, {name} ({language}), tarea {task}",
        "وسائط Dotsub {media}، {name} ({language})، المهمة {task}"),
    "Dotsub media {media}, {name} ({language})": ("Dotsub-Medium {media}, {name} ({language})",
                                                  "Média Dotsub {media}, {name} ({language})",
                                                  "Medio de Dotsub {media}, {name} ({language})",
                                                  "وسائط Dotsub {media}، {name} ({language})"),
    "Could not save {path}: {error}": ("{path} konnte nicht gespeichert werden: {error}",
                                       "Impossible d'enregistrer {path} : {error}", "No se pudo guardar {path}: {error}",
                                       "تعذّر حفظ {path}: {error}"),
    "Sending {work} to Dotsub": ("{work} wird an Dotsub gesendet", "Envoi de {work} à Dotsub",
                                 "Enviando {work} a Dotsub", "جارٍ إرسال {work} إلى Dotsub"),
    "Sent to Dotsub: {detail}": ("An Dotsub gesendet: {detail}", "Envoyé à Dotsub : {detail}",
                                 "Enviado a Dotsub: {detail}", "أُرسل إلى Dotsub: {detail}"),
    "Sent to Dotsub": ("An Dotsub gesendet", "Envoyé à Dotsub", "Enviado a Dotsub", "أُرسل إلى Dotsub"),
    "{work} is on Dotsub.": ("{work} ist auf Dotsub.", "{work} est sur Dotsub.", "{work} está en Dotsub.",
                             "{work} موجود على Dotsub."),
    "Could not send to Dotsub": ("Senden an Dotsub fehlgeschlagen", "Impossible d'envoyer à Dotsub",
                                 "No se pudo enviar a Dotsub", "تعذّر الإرسال إلى Dotsub"),
    "The subtitles were not sent.": ("Die Untertitel wurden nicht gesendet.", "Les sous-titres n'ont pas été envoyés.",
                                     "Los subtítulos no se enviaron.", "لم تُرسل الترجمات."),
    "The last work was not opened again: {error}": ("Die letzte Arbeit wurde nicht wieder geöffnet: {error}",
                                                    "Le dernier travail n'a pas été rouvert : {error}",
                                                    "No se volvió a abrir el último trabajo: {error}",
                                                    "لم يُعَد فتح آخر عمل: {error}"),
    "Opened your last work again: {title}": ("Ihre letzte Arbeit wurde wieder geöffnet: {title}",
                                             "Votre dernier travail a été rouvert : {title}",
                                             "Se volvió a abrir su último trabajo: {title}",
                                             "أُعيد فتح آخر عمل لك: {title}"),
    "Opening {name} again": ("{name} wird wieder geöffnet", "Réouverture de {name}", "Volviendo a abrir {name}",
                             "جارٍ إعادة فتح {name}"),
})
CATALOG["{translated} of %n cue(s) translated"] = {
    "en": ["{translated} of %n cue translated", "{translated} of %n cues translated"],
    "de": ["{translated} von %n Untertitel übersetzt", "{translated} von %n Untertiteln übersetzt"],
    "fr": ["{translated} sur %n sous-titre traduit", "{translated} sur %n sous-titres traduits"],
    "es": ["{translated} de %n subtítulo traducido", "{translated} de %n subtítulos traducidos"],
    "ar": ["{translated} من أصل %n ترجمة مترجَمة", "{translated} من أصل ترجمة واحدة مترجَمة",
           "{translated} من أصل ترجمتين مترجَمة", "{translated} من أصل %n ترجمات مترجَمة",
           "{translated} من أصل %n ترجمة مترجَمة", "{translated} من أصل %n ترجمة مترجَمة"]}
