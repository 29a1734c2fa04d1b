<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Editor</source>
        <extracomment>the window closed for good (after any "save changes?" question) The theme in force: ui.app applies the saved one before any window exists. The dialogs while open (non-blocking; tests reach them here). Called before closing; False keeps the window open (the editor asks about unsaved work).</extracomment>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>&amp;Activity</source>
        <translation>&amp;Actividad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>&amp;About Subtitle Desk</source>
        <translation>&amp;Acerca de Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <source>About Subtitle Desk</source>
        <translation>Acerca de Subtitle Desk</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="23" />
        <source>As the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="24" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="25" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="50" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="65" />
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="66" />
        <source>The desktop's font: {family}, {size} pt</source>
        <translation>La fuente del escritorio: {family}, {size} pt</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="77" />
        <source>How often unsaved changes are copied aside, to be restored after a crash</source>
        <translation>Cada cuánto se guardan aparte los cambios sin guardar, para recuperarlos tras un fallo</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="84" />
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="87" />
        <source>Personal word lists…</source>
        <translation>Listas de palabras personales…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="88" />
        <source>Open the folder of the words you added: {folder}</source>
        <translation>Abrir la carpeta de las palabras que añadió: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="94" />
        <source>Show the audio waveform under the cue table</source>
        <translation>Mostrar la forma de onda del audio bajo la tabla de subtítulos</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="96" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="98" />
        <source>Cue text font:</source>
        <translation>Fuente del texto de los subtítulos:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="102" />
        <source>Autosave every:</source>
        <translation>Autoguardado cada:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="103" />
        <source>QC preset:</source>
        <translation>Preajuste de control de calidad:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="104" />
        <source>For files without a specification of their own</source>
        <translation>Para archivos sin especificación propia</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="105" />
        <source>Spelling language:</source>
        <translation>Idioma de la ortografía:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="106" />
        <source>For files that do not say their language</source>
        <translation>Para archivos que no indican su idioma</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="107" />
        <source>Waveform:</source>
        <translation>Forma de onda:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="121" />
        <source>Dotsub and appearance</source>
        <translation>Dotsub y apariencia</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="123" />
        <source>Download subtitles as:</source>
        <translation>Descargar subtítulos como:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="124" />
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="125" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="126" />
        <source>The new language shows when Subtitle Desk next starts</source>
        <translation>El nuevo idioma se muestra la próxima vez que se inicie Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="134" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="139" />
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="141" />
        <source>Work folder:</source>
        <translation>Carpeta de trabajo:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="143" />
        <source>Downloaded subtitles being worked on, and files about to be sent.
Empty: the app's data folder. Work already in the old folder
stays there: open it from there (File ▸ Open) to go on with it.</source>
        <translation>Subtítulos descargados en curso y archivos a punto de enviarse.
Vacío: la carpeta de datos de la aplicación. El trabajo ya en la carpeta antigua
se queda allí: ábralo desde allí (Archivo ▸ Abrir) para continuarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="176" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (sin diccionario)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="207" />
        <source>Give the work folder's whole path (or choose it).</source>
        <translation>Indique la ruta completa de la carpeta de trabajo (o elíjala).</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="209" />
        <source>{path} is inside a cache folder, which cleaning tools may empty: choose another place for work.</source>
        <translation>{path} está dentro de una carpeta de caché, que las herramientas de limpieza pueden vaciar: elija otro lugar para el trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="212" />
        <source>{path} is a file, not a folder.</source>
        <translation>{path} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="247" />
        <source>Keep work in</source>
        <translation>Guardar el trabajo en</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../ui/i18n.py" line="38" />
        <source>Follow the system</source>
        <extracomment>The languages the interface speaks, each named in itself.</extracomment>
        <translation>Como el sistema</translation>
    </message>
</context>
</TS>