"""Translations of the editor's views: the cue table's tooltips, the undo step names of the Edit
menu, the Open dialog's filters, the QC panel's counts, the QC problem sentences
(ui/editor/qc_words.py) and the typed-time errors (the format is described in
tools/translations/__init__.py)."""

_MS = "مللي ثانية"

CATALOG: dict[str, dict[str, str | list[str]]] = {
    # -- cue table tooltips
    "{text}\n\n(kept as in the source)": {
        "de": "{text}\n\n(wie in der Quelle belassen)", "fr": "{text}\n\n(conservé comme dans la source)",
        "es": "{text}\n\n(se mantiene como en el original)", "ar": "{text}\n\n(محتفظ بها كما في المصدر)"},
    "{text}\n\n(not translated yet)": {
        "de": "{text}\n\n(noch nicht übersetzt)", "fr": "{text}\n\n(pas encore traduit)",
        "es": "{text}\n\n(aún sin traducir)", "ar": "{text}\n\n(لم تُترجم بعد)"},
    "(not translated yet)": {"de": "(noch nicht übersetzt)", "fr": "(pas encore traduit)", "es": "(aún sin traducir)",
                             "ar": "(لم تُترجم بعد)"},
    "(no source cue at this time)": {
        "de": "(kein Quell-Untertitel zu dieser Zeit)", "fr": "(aucun sous-titre source à ce moment)",
        "es": "(ningún subtítulo original en este momento)", "ar": "(لا توجد ترجمة مصدر في هذا الوقت)"},
    # -- undo step names ("&Undo {action}")
    "Edit text of cue {number}": {
        "de": "Text von Untertitel {number} bearbeiten", "fr": "modification du texte du sous-titre {number}",
        "es": "edición del texto del subtítulo {number}", "ar": "تحرير نص الترجمة {number}"},
    "Change timing of cue {number}": {
        "de": "Timing von Untertitel {number} ändern", "fr": "modification du minutage du sous-titre {number}",
        "es": "cambio de tiempos del subtítulo {number}", "ar": "تغيير توقيت الترجمة {number}"},
    "Shift cues by {offset}": {
        "de": "Untertitel um {offset} verschieben", "fr": "décalage des sous-titres de {offset}",
        "es": "desplazamiento de subtítulos en {offset}", "ar": "إزاحة الترجمات بمقدار {offset}"},
    "Shift %n cues by {offset}": {
        "en": ["Shift %n cue by {offset}", "Shift %n cues by {offset}"],
        "de": ["%n Untertitel um {offset} verschieben", "%n Untertitel um {offset} verschieben"],
        "fr": ["décalage de %n sous-titre de {offset}", "décalage de %n sous-titres de {offset}"],
        "es": ["desplazamiento de %n subtítulo en {offset}", "desplazamiento de %n subtítulos en {offset}"],
        "ar": ["إزاحة %n ترجمة بمقدار {offset}", "إزاحة ترجمة واحدة بمقدار {offset}",
               "إزاحة ترجمتين بمقدار {offset}", "إزاحة %n ترجمات بمقدار {offset}",
               "إزاحة %n ترجمة بمقدار {offset}", "إزاحة %n ترجمة بمقدار {offset}"]},
    "Insert cue {number}": {"de": "Untertitel {number} einfügen", "fr": "insertion du sous-titre {number}",
                            "es": "inserción del subtítulo {number}", "ar": "إدراج الترجمة {number}"},
    "Insert %n cues at {number}": {
        "en": ["Insert %n cue at {number}", "Insert %n cues at {number}"],
        "de": ["%n Untertitel an Position {number} einfügen", "%n Untertitel an Position {number} einfügen"],
        "fr": ["insertion de %n sous-titre en position {number}", "insertion de %n sous-titres en position {number}"],
        "es": ["inserción de %n subtítulo en la posición {number}",
               "inserción de %n subtítulos en la posición {number}"],
        "ar": ["إدراج %n ترجمة عند الموضع {number}", "إدراج ترجمة واحدة عند الموضع {number}",
               "إدراج ترجمتين عند الموضع {number}", "إدراج %n ترجمات عند الموضع {number}",
               "إدراج %n ترجمة عند الموضع {number}", "إدراج %n ترجمة عند الموضع {number}"]},
    "Delete cue {number}": {"de": "Untertitel {number} löschen", "fr": "suppression du sous-titre {number}",
                            "es": "eliminación del subtítulo {number}", "ar": "حذف الترجمة {number}"},
    "Delete %n cues": {
        "en": ["Delete %n cue", "Delete %n cues"],
        "de": ["%n Untertitel löschen", "%n Untertitel löschen"],
        "fr": ["suppression de %n sous-titre", "suppression de %n sous-titres"],
        "es": ["eliminación de %n subtítulo", "eliminación de %n subtítulos"],
        "ar": ["حذف %n ترجمة", "حذف ترجمة واحدة", "حذف ترجمتين", "حذف %n ترجمات", "حذف %n ترجمة", "حذف %n ترجمة"]},
    "Split cue {number}": {"de": "Untertitel {number} teilen", "fr": "scission du sous-titre {number}",
                           "es": "división del subtítulo {number}", "ar": "تقسيم الترجمة {number}"},
    "Merge cues {first}–{last}": {
        "de": "Untertitel {first}–{last} zusammenführen", "fr": "fusion des sous-titres {first} à {last}",
        "es": "unión de los subtítulos {first}–{last}", "ar": "دمج الترجمات {first}–{last}"},
    "Change frame rate from {source} to {target} fps": {
        "de": "Bildrate von {source} auf {target} fps ändern",
        "fr": "changement de fréquence d'images de {source} à {target} i/s",
        "es": "cambio de velocidad de fotogramas de {source} a {target} fps",
        "ar": "تغيير معدل الإطارات من {source} إلى {target} إطار/ث"},
    "Replace “{pattern}” with “{replacement}” ({replacements})": {
        "de": "„{pattern}“ durch „{replacement}“ ersetzen ({replacements})",
        "fr": "remplacement de « {pattern} » par « {replacement} » ({replacements})",
        "es": "reemplazo de «{pattern}» por «{replacement}» ({replacements})",
        "ar": "استبدال «{pattern}» بـ«{replacement}» ({replacements})"},
    "Sort cues by time": {"de": "Untertitel nach Zeit sortieren", "fr": "tri des sous-titres par temps",
                          "es": "ordenación de los subtítulos por tiempo", "ar": "فرز الترجمات حسب الوقت"},
    # -- the Open dialog
    "Subtitles (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)": {
        "de": "Untertitel (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)",
        "fr": "Sous-titres (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)",
        "es": "Subtítulos (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)",
        "ar": "ملفات الترجمة (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)"},
    "All files (*)": {"de": "Alle Dateien (*)", "fr": "Tous les fichiers (*)", "es": "Todos los archivos (*)",
                      "ar": "كل الملفات (*)"},
    # -- QC panel counts, and lists in problem sentences
    "{rule} ({count})": {"de": "{rule} ({count})", "fr": "{rule} ({count})", "es": "{rule} ({count})",
                         "ar": "{rule} ({count})"},
    "{rule} {count}": {"de": "{rule} {count}", "fr": "{rule} {count}", "es": "{rule} {count}", "ar": "{rule} {count}"},
    "{list}, {item}": {"de": "{list}, {item}", "fr": "{list}, {item}", "es": "{list}, {item}", "ar": "{list}، {item}"},
    # -- QC problems (core.qc's messages, worded again in ui/editor/qc_words.py)
    '"{word}"': {"de": "„{word}“", "fr": "« {word} »", "es": "«{word}»", "ar": "«{word}»"},
    "no text": {"de": "kein Text", "fr": "aucun texte", "es": "sin texto", "ar": "لا يوجد نص"},
    "%n lines (limit {limit})": {
        "en": ["%n lines (limit {limit})", "%n lines (limit {limit})"],
        "de": ["%n Zeile (Limit {limit})", "%n Zeilen (Limit {limit})"],
        "fr": ["%n ligne (limite {limit})", "%n lignes (limite {limit})"],
        "es": ["%n línea (límite {limit})", "%n líneas (límite {limit})"],
        "ar": ["%n سطر (الحد {limit})", "سطر واحد (الحد {limit})", "سطران (الحد {limit})",
               "%n أسطر (الحد {limit})", "%n سطرًا (الحد {limit})", "%n سطر (الحد {limit})"]},
    "line {line} has %n characters (limit {limit})": {
        "en": ["line {line} has %n characters (limit {limit})", "line {line} has %n characters (limit {limit})"],
        "de": ["Zeile {line} hat %n Zeichen (Limit {limit})", "Zeile {line} hat %n Zeichen (Limit {limit})"],
        "fr": ["la ligne {line} compte %n caractère (limite {limit})",
               "la ligne {line} compte %n caractères (limite {limit})"],
        "es": ["la línea {line} tiene %n carácter (límite {limit})",
               "la línea {line} tiene %n caracteres (límite {limit})"],
        "ar": ["في السطر {line} %n حرف (الحد {limit})", "في السطر {line} حرف واحد (الحد {limit})",
               "في السطر {line} حرفان (الحد {limit})", "في السطر {line} %n أحرف (الحد {limit})",
               "في السطر {line} %n حرفًا (الحد {limit})", "في السطر {line} %n حرف (الحد {limit})"]},
    "line has %n characters (limit {limit})": {
        "en": ["line has %n characters (limit {limit})", "line has %n characters (limit {limit})"],
        "de": ["die Zeile hat %n Zeichen (Limit {limit})", "die Zeile hat %n Zeichen (Limit {limit})"],
        "fr": ["la ligne compte %n caractère (limite {limit})", "la ligne compte %n caractères (limite {limit})"],
        "es": ["la línea tiene %n carácter (límite {limit})", "la línea tiene %n caracteres (límite {limit})"],
        "ar": ["في السطر %n حرف (الحد {limit})", "في السطر حرف واحد (الحد {limit})",
               "في السطر حرفان (الحد {limit})", "في السطر %n أحرف (الحد {limit})",
               "في السطر %n حرفًا (الحد {limit})", "في السطر %n حرف (الحد {limit})"]},
    "ends {ms} ms before it starts": {
        "de": "endet {ms} ms vor seinem Beginn", "fr": "se termine {ms} ms avant de commencer",
        "es": "termina {ms} ms antes de empezar", "ar": f"ينتهي قبل بدايته بـ{{ms}} {_MS}"},
    "ends when it starts": {"de": "endet im Moment seines Beginns", "fr": "se termine au moment où il commence",
                            "es": "termina en el mismo momento en que empieza", "ar": "ينتهي لحظة بدايته"},
    "lasts {ms} ms (minimum {limit} ms)": {
        "de": "dauert {ms} ms (Minimum {limit} ms)", "fr": "dure {ms} ms (minimum {limit} ms)",
        "es": "dura {ms} ms (mínimo {limit} ms)", "ar": f"مدته {{ms}} {_MS} (الحد الأدنى {{limit}} {_MS})"},
    "lasts {ms} ms (maximum {limit} ms)": {
        "de": "dauert {ms} ms (Maximum {limit} ms)", "fr": "dure {ms} ms (maximum {limit} ms)",
        "es": "dura {ms} ms (máximo {limit} ms)", "ar": f"مدته {{ms}} {_MS} (الحد الأقصى {{limit}} {_MS})"},
    "{cps} characters per second (limit {limit})": {
        "de": "{cps} Zeichen pro Sekunde (Limit {limit})", "fr": "{cps} caractères par seconde (limite {limit})",
        "es": "{cps} caracteres por segundo (límite {limit})", "ar": "{cps} حرف في الثانية (الحد {limit})"},
    "overlaps the next cue by {ms} ms": {
        "de": "überschneidet sich um {ms} ms mit dem nächsten Untertitel",
        "fr": "chevauche le sous-titre suivant de {ms} ms", "es": "se solapa {ms} ms con el subtítulo siguiente",
        "ar": f"يتداخل مع الترجمة التالية بمقدار {{ms}} {_MS}"},
    "{ms} ms gap to the next cue (minimum {limit} ms)": {
        "de": "{ms} ms Abstand zum nächsten Untertitel (Minimum {limit} ms)",
        "fr": "intervalle de {ms} ms avec le sous-titre suivant (minimum {limit} ms)",
        "es": "separación de {ms} ms con el subtítulo siguiente (mínimo {limit} ms)",
        "ar": f"فاصل {{ms}} {_MS} عن الترجمة التالية (الحد الأدنى {{limit}} {_MS})"},
    "not translated: no text": {"de": "nicht übersetzt: kein Text", "fr": "non traduit : aucun texte",
                                "es": "sin traducir: sin texto", "ar": "غير مترجَمة: لا يوجد نص"},
    "not translated: same text as the source": {
        "de": "nicht übersetzt: derselbe Text wie in der Quelle", "fr": "non traduit : même texte que la source",
        "es": "sin traducir: el mismo texto que el original", "ar": "غير مترجَمة: النص نفسه كما في المصدر"},
    "{list} or {item}": {"de": "{list} oder {item}", "fr": "{list} ou {item}", "es": "{list} o {item}",
                         "ar": "{list} أو {item}"},
    "{list}; {item}": {"de": "{list}; {item}", "fr": "{list} ; {item}", "es": "{list}; {item}", "ar": "{list}؛ {item}"},
    "{term} should be translated as {translations}": {
        "de": "{term} sollte mit {translations} übersetzt werden", "fr": "{term} devrait être traduit par {translations}",
        "es": "{term} debería traducirse como {translations}", "ar": "ينبغي ترجمة {term} إلى {translations}"},
    "misspelled: {words}": {"de": "falsch geschrieben: {words}", "fr": "mal orthographié : {words}",
                            "es": "mal escrito: {words}", "ar": "أخطاء إملائية: {words}"},
    # -- typed times
    "'{text}' is not a time: expected H:MM:SS.mmm, MM:SS.mmm or seconds": {
        "de": "„{text}“ ist keine Zeitangabe: erwartet wird H:MM:SS.mmm, MM:SS.mmm oder Sekunden",
        "fr": "« {text} » n'est pas un temps : format attendu H:MM:SS.mmm, MM:SS.mmm ou secondes",
        "es": "«{text}» no es un tiempo: se espera H:MM:SS.mmm, MM:SS.mmm o segundos",
        "ar": "«{text}» ليس وقتًا: الصيغة المتوقعة H:MM:SS.mmm أو MM:SS.mmm أو عدد الثواني"},
    "'{text}' is not a time: minutes and seconds go up to 59": {
        "de": "„{text}“ ist keine Zeitangabe: Minuten und Sekunden gehen bis 59",
        "fr": "« {text} » n'est pas un temps : les minutes et les secondes vont jusqu'à 59",
        "es": "«{text}» no es un tiempo: los minutos y los segundos llegan hasta 59",
        "ar": "«{text}» ليس وقتًا: الدقائق والثواني لا تتجاوز 59"},
}
