"""The interface's translations, English text -> {language: translation}; tools/update_translations.py
writes them into the .ts files. A numerus text (``tr("%n cue(s)", "", n)``) takes a list of forms.
Keep the {placeholders} and the & of menu mnemonics."""

CATALOG: dict[str, dict[str, str | list[str]]] = {
    # -- main window
    "Editor": {"de": "Editor", "fr": "Éditeur", "es": "Editor", "ar": "المحرر"},
    "&File": {"de": "&Datei", "fr": "&Fichier", "es": "&Archivo", "ar": "&ملف"},
    "&Quit": {"de": "&Beenden", "fr": "&Quitter", "es": "&Salir", "ar": "&خروج"},
    "&Settings": {"de": "&Einstellungen", "fr": "&Paramètres", "es": "&Configuración", "ar": "الإ&عدادات"},
    "&Preferences…": {"de": "&Präferenzen…", "fr": "&Préférences…", "es": "&Preferencias…", "ar": "ال&تفضيلات…"},
    "&View": {"de": "&Ansicht", "fr": "&Affichage", "es": "&Ver", "ar": "&عرض"},
    "&Activity": {"de": "&Aktivität", "fr": "&Activité", "es": "&Actividad", "ar": "ال&نشاط"},
    "&Help": {"de": "&Hilfe", "fr": "&Aide", "es": "A&yuda", "ar": "م&ساعدة"},
    "&Keyboard shortcuts": {"de": "&Tastenkürzel", "fr": "&Raccourcis clavier", "es": "&Atajos de teclado",
                            "ar": "اختصارات &لوحة المفاتيح"},
    "&User guide": {"de": "&Benutzerhandbuch", "fr": "&Guide de l'utilisateur", "es": "&Guía del usuario",
                    "ar": "&دليل المستخدم"},
    "&About Subtitle Desk": {"de": "Ü&ber Subtitle Desk", "fr": "À &propos de Subtitle Desk",
                             "es": "&Acerca de Subtitle Desk", "ar": "&حول Subtitle Desk"},
    "About Subtitle Desk": {"de": "Über Subtitle Desk", "fr": "À propos de Subtitle Desk",
                            "es": "Acerca de Subtitle Desk", "ar": "حول Subtitle Desk"},
    # -- preferences
    "Follow the system": {"de": "Wie das System", "fr": "Comme le système", "es": "Como el sistema",
                          "ar": "حسب النظام"},
    "As the desktop": {"de": "Wie der Desktop", "fr": "Comme le bureau", "es": "Como el escritorio",
                       "ar": "حسب سطح المكتب"},
    "Light": {"de": "Hell", "fr": "Clair", "es": "Claro", "ar": "فاتح"},
    "Dark": {"de": "Dunkel", "fr": "Sombre", "es": "Oscuro", "ar": "داكن"},
    "Preferences": {"de": "Präferenzen", "fr": "Préférences", "es": "Preferencias", "ar": "التفضيلات"},
    "Standard": {"de": "Standard", "fr": "Standard", "es": "Estándar", "ar": "القياسي"},
    "The desktop's font: {family}, {size} pt": {
        "de": "Die Schrift des Desktops: {family}, {size} pt", "fr": "La police du bureau : {family}, {size} pt",
        "es": "La fuente del escritorio: {family}, {size} pt", "ar": "خط سطح المكتب: {family}، {size} نقطة"},
    "How often unsaved changes are copied aside, to be restored after a crash": {
        "de": "Wie oft ungesicherte Änderungen beiseitegelegt werden, um sie nach einem Absturz wiederherzustellen",
        "fr": "Fréquence à laquelle les modifications non enregistrées sont mises de côté, pour être restaurées "
              "après un plantage",
        "es": "Cada cuánto se guardan aparte los cambios sin guardar, para recuperarlos tras un fallo",
        "ar": "عدد مرات نسخ التغييرات غير المحفوظة جانبًا لاستعادتها بعد التعطل"},
    "Off": {"de": "Aus", "fr": "Désactivé", "es": "Desactivado", "ar": "إيقاف"},
    "Personal word lists…": {"de": "Persönliche Wortlisten…", "fr": "Listes de mots personnelles…",
                             "es": "Listas de palabras personales…", "ar": "قوائم الكلمات الشخصية…"},
    "Open the folder of the words you added: {folder}": {
        "de": "Den Ordner der hinzugefügten Wörter öffnen: {folder}",
        "fr": "Ouvrir le dossier des mots que vous avez ajoutés : {folder}",
        "es": "Abrir la carpeta de las palabras que añadió: {folder}",
        "ar": "فتح مجلد الكلمات التي أضفتها: {folder}"},
    "Show the audio waveform under the cue table": {
        "de": "Die Audio-Wellenform unter der Untertiteltabelle zeigen",
        "fr": "Afficher la forme d'onde audio sous le tableau des sous-titres",
        "es": "Mostrar la forma de onda del audio bajo la tabla de subtítulos",
        "ar": "عرض الموجة الصوتية أسفل جدول الترجمات"},
    "Cue text font:": {"de": "Schrift des Untertiteltexts:", "fr": "Police du texte des sous-titres :",
                       "es": "Fuente del texto de los subtítulos:", "ar": "خط نص الترجمة:"},
    "Autosave every:": {"de": "Automatisch sichern alle:", "fr": "Enregistrement automatique toutes les :",
                        "es": "Autoguardado cada:", "ar": "الحفظ التلقائي كل:"},
    "QC preset:": {"de": "QC-Vorgabe:", "fr": "Préréglage de contrôle qualité :", "es": "Preajuste de control de calidad:",
                   "ar": "إعداد مراقبة الجودة:"},
    "For files without a specification of their own": {
        "de": "Für Dateien ohne eigene Spezifikation", "fr": "Pour les fichiers sans spécification propre",
        "es": "Para archivos sin especificación propia", "ar": "للملفات التي ليس لها مواصفات خاصة بها"},
    "Spelling language:": {"de": "Sprache der Rechtschreibprüfung:", "fr": "Langue de l'orthographe :",
                           "es": "Idioma de la ortografía:", "ar": "لغة التدقيق الإملائي:"},
    "For files that do not say their language": {
        "de": "Für Dateien, die ihre Sprache nicht angeben", "fr": "Pour les fichiers qui n'indiquent pas leur langue",
        "es": "Para archivos que no indican su idioma", "ar": "للملفات التي لا تذكر لغتها"},
    "Waveform:": {"de": "Wellenform:", "fr": "Forme d'onde :", "es": "Forma de onda:", "ar": "الموجة الصوتية:"},
    "Dotsub and appearance": {"de": "Dotsub und Darstellung", "fr": "Dotsub et apparence",
                              "es": "Dotsub y apariencia", "ar": "Dotsub والمظهر"},
    "Download subtitles as:": {"de": "Untertitel herunterladen als:", "fr": "Télécharger les sous-titres en :",
                               "es": "Descargar subtítulos como:", "ar": "تنزيل الترجمات بصيغة:"},
    "Colours:": {"de": "Farben:", "fr": "Couleurs :", "es": "Colores:", "ar": "الألوان:"},
    "Language:": {"de": "Sprache:", "fr": "Langue :", "es": "Idioma:", "ar": "اللغة:"},
    "The new language shows when Subtitle Desk next starts": {
        "de": "Die neue Sprache erscheint beim nächsten Start von Subtitle Desk",
        "fr": "La nouvelle langue s'affiche au prochain démarrage de Subtitle Desk",
        "es": "El nuevo idioma se muestra la próxima vez que se inicie Subtitle Desk",
        "ar": "تظهر اللغة الجديدة عند تشغيل Subtitle Desk في المرة القادمة"},
    "Choose…": {"de": "Auswählen…", "fr": "Choisir…", "es": "Elegir…", "ar": "اختيار…"},
    "Files": {"de": "Dateien", "fr": "Fichiers", "es": "Archivos", "ar": "الملفات"},
    "Work folder:": {"de": "Arbeitsordner:", "fr": "Dossier de travail :", "es": "Carpeta de trabajo:",
                     "ar": "مجلد العمل:"},
    "Downloaded subtitles being worked on, and files about to be sent.\nEmpty: the app's data folder. Work "
    "already in the old folder\nstays there: open it from there (File ▸ Open) to go on with it.": {
        "de": "Heruntergeladene Untertitel in Arbeit und Dateien, die gesendet werden.\nLeer: der Datenordner "
              "der App. Arbeit im alten Ordner\nbleibt dort: von dort öffnen (Datei ▸ Öffnen), um weiterzuarbeiten.",
        "fr": "Les sous-titres téléchargés en cours et les fichiers sur le point d'être envoyés.\nVide : le dossier "
              "de données de l'application. Le travail déjà dans l'ancien dossier\ny reste : ouvrez-le depuis "
              "là (Fichier ▸ Ouvrir) pour le poursuivre.",
        "es": "Subtítulos descargados en curso y archivos a punto de enviarse.\nVacío: la carpeta de datos de la "
              "aplicación. El trabajo ya en la carpeta antigua\nse queda allí: ábralo desde allí (Archivo ▸ Abrir) "
              "para continuarlo.",
        "ar": "الترجمات المنزّلة قيد العمل والملفات التي ستُرسل.\nفارغ: مجلد بيانات التطبيق. العمل الموجود في "
              "المجلد القديم\nيبقى هناك: افتحه من هناك (ملف ▸ فتح) لمتابعته."},
    "{language} (no dictionary)": {"de": "{language} (kein Wörterbuch)", "fr": "{language} (pas de dictionnaire)",
                                   "es": "{language} (sin diccionario)", "ar": "{language} (لا يوجد قاموس)"},
    "Give the work folder's whole path (or choose it).": {
        "de": "Den vollständigen Pfad des Arbeitsordners angeben (oder ihn auswählen).",
        "fr": "Indiquez le chemin complet du dossier de travail (ou choisissez-le).",
        "es": "Indique la ruta completa de la carpeta de trabajo (o elíjala).",
        "ar": "أدخل المسار الكامل لمجلد العمل (أو اختره)."},
    "{path} is inside a cache folder, which cleaning tools may empty: choose another place for work.": {
        "de": "{path} liegt in einem Cache-Ordner, den Aufräumprogramme leeren können: einen anderen Ort für die "
              "Arbeit wählen.",
        "fr": "{path} est dans un dossier de cache, que les outils de nettoyage peuvent vider : choisissez un autre "
              "endroit pour le travail.",
        "es": "{path} está dentro de una carpeta de caché, que las herramientas de limpieza pueden vaciar: elija "
              "otro lugar para el trabajo.",
        "ar": "{path} داخل مجلد ذاكرة مؤقتة قد تفرغه أدوات التنظيف: اختر مكانًا آخر للعمل."},
    "{path} is a file, not a folder.": {"de": "{path} ist eine Datei, kein Ordner.",
                                        "fr": "{path} est un fichier, pas un dossier.",
                                        "es": "{path} es un archivo, no una carpeta.",
                                        "ar": "{path} ملف وليس مجلدًا."},
    "Keep work in": {"de": "Arbeit aufbewahren in", "fr": "Conserver le travail dans", "es": "Guardar el trabajo en",
                     "ar": "حفظ العمل في"},
}
