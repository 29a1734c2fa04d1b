"""Translations of the window's shell: the media panel (player and waveform messages), help (the
shortcuts list, the user guide viewer, About) and the preferences dialog's units (the format is
described in tools/translations/__init__.py)."""

CATALOG: dict[str, dict[str, str | list[str]]] = {}


def _add(rows: dict[str, tuple[str, str, str, str]]) -> None:
    for source, (de, fr, es, ar) in rows.items():
        CATALOG[source] = {"de": de, "fr": fr, "es": es, "ar": ar}


# -- media: player and waveform messages
_add({
    "This video is AV1, which this workstation cannot decode. Ask for an H.264 proxy.": (
        "Dieses Video ist im AV1-Format, das dieser Arbeitsplatz nicht dekodieren kann. Einen H.264-Proxy anfordern.",
        "Cette vidéo est en AV1, que ce poste de travail ne peut pas décoder. Demandez un proxy H.264.",
        "Este vídeo está en AV1, que este equipo no puede descodificar. Solicite un proxy H.264.",
        "هذا الفيديو بترميز AV1 الذي لا يستطيع جهاز العمل هذا فك ترميزه. اطلب نسخة وكيلة بترميز H.264."),
    "{codec} video in {name} shows no picture: this workstation cannot decode it. Ask for an H.264 proxy.": (
        "Das {codec}-Video in {name} zeigt kein Bild: Dieser Arbeitsplatz kann es nicht dekodieren. "
        "Einen H.264-Proxy anfordern.",
        "La vidéo {codec} de {name} n'affiche aucune image : ce poste de travail ne peut pas la décoder. "
        "Demandez un proxy H.264.",
        "El vídeo {codec} de {name} no muestra imagen: este equipo no puede descodificarlo. Solicite un proxy H.264.",
        "فيديو {codec} في {name} لا يعرض أي صورة: لا يستطيع جهاز العمل هذا فك ترميزه. "
        "اطلب نسخة وكيلة بترميز H.264."),
    "The video in {name} shows no picture: this workstation cannot decode it. Ask for an H.264 proxy.": (
        "Das Video in {name} zeigt kein Bild: Dieser Arbeitsplatz kann es nicht dekodieren. "
        "Einen H.264-Proxy anfordern.",
        "La vidéo de {name} n'affiche aucune image : ce poste de travail ne peut pas la décoder. "
        "Demandez un proxy H.264.",
        "El vídeo de {name} no muestra imagen: este equipo no puede descodificarlo. Solicite un proxy H.264.",
        "الفيديو في {name} لا يعرض أي صورة: لا يستطيع جهاز العمل هذا فك ترميزه. اطلب نسخة وكيلة بترميز H.264."),
    "The media file is missing: {name}": (
        "Die Mediendatei fehlt: {name}", "Le fichier média est introuvable : {name}",
        "Falta el archivo multimedia: {name}", "ملف الوسائط مفقود: {name}"),
    "Cannot play {name}: {error}": (
        "{name} kann nicht abgespielt werden: {error}", "Impossible de lire {name} : {error}",
        "No se puede reproducir {name}: {error}", "تعذّر تشغيل {name}: {error}"),
    "the media is not readable.": (
        "das Medium ist nicht lesbar.", "le média est illisible.", "el medio no se puede leer.",
        "الوسائط غير قابلة للقراءة."),
    "unknown media error.": (
        "unbekannter Medienfehler.", "erreur de média inconnue.", "error multimedia desconocido.",
        "خطأ غير معروف في الوسائط."),
    "This media has no audio track, so there is no waveform.": (
        "Dieses Medium hat keine Tonspur, daher gibt es keine Wellenform.",
        "Ce média n'a pas de piste audio, il n'y a donc pas de forme d'onde.",
        "Este medio no tiene pista de audio, así que no hay forma de onda.",
        "لا تحتوي هذه الوسائط على مسار صوتي، لذا لا توجد موجة صوتية."),
    "The audio could not be decoded.": (
        "Der Ton konnte nicht dekodiert werden.", "L'audio n'a pas pu être décodé.",
        "No se pudo descodificar el audio.", "تعذّر فك ترميز الصوت."),
    "The media could not be opened.": (
        "Das Medium konnte nicht geöffnet werden.", "Le média n'a pas pu être ouvert.",
        "No se pudo abrir el medio.", "تعذّر فتح الوسائط."),
    "Decoding audio… {percent}%": (
        "Ton wird dekodiert… {percent} %", "Décodage de l'audio… {percent} %",
        "Descodificando el audio… {percent} %", "جارٍ فك ترميز الصوت… {percent}٪"),
})

# -- help: keyboard shortcuts, user guide, About
_add({
    "ShortcutsDialog|Window": ("Fenster", "Fenêtre", "Ventana", "النافذة"),
    "Keyboard shortcuts": ("Tastenkürzel", "Raccourcis clavier", "Atajos de teclado", "اختصارات لوحة المفاتيح"),
    "Find a command or a key": ("Befehl oder Taste suchen", "Rechercher une commande ou une touche",
                                "Buscar un comando o una tecla", "ابحث عن أمر أو مفتاح"),
    "ShortcutsDialog|Command": ("Befehl", "Commande", "Comando", "الأمر"),
    "ShortcutsDialog|Keys": ("Tasten", "Touches", "Teclas", "المفاتيح"),
    "Subtitle Desk user guide": ("Benutzerhandbuch von Subtitle Desk", "Guide de l'utilisateur de Subtitle Desk",
                                 "Guía del usuario de Subtitle Desk", "دليل مستخدم Subtitle Desk"),
    "The user guide is missing from this installation ({error}).": (
        "Das Benutzerhandbuch fehlt in dieser Installation ({error}).",
        "Le guide de l'utilisateur est absent de cette installation ({error}).",
        "Falta la guía del usuario en esta instalación ({error}).",
        "دليل المستخدم غير موجود في هذا التثبيت ({error})."),
    "Subtitle editing and QC, and the Dotsub VideoTMS, DatoCMS and cielo24 workflows in one window.": (
        "Untertitelbearbeitung und Qualitätsprüfung sowie die Arbeitsabläufe von Dotsub VideoTMS, DatoCMS und "
        "cielo24 in einem Fenster.",
        "L'édition et le contrôle qualité des sous-titres, ainsi que les flux de travail Dotsub VideoTMS, DatoCMS "
        "et cielo24, dans une seule fenêtre.",
        "Edición y control de calidad de subtítulos, y los flujos de trabajo de Dotsub VideoTMS, DatoCMS y "
        "cielo24 en una sola ventana.",
        "تحرير الترجمات ومراقبة جودتها، وسير عمل Dotsub VideoTMS وDatoCMS وcielo24 في نافذة واحدة."),
})

# -- preferences: units after the numbers
_add({
    "PreferencesDialog| pt": (" pt", " pt", " pt", " نقطة"),
    "PreferencesDialog| s": (" s", " s", " s", " ث"),
})
