<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Präferenzen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>&amp;About Subtitle Desk</source>
        <translation>Ü&amp;ber Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <source>About Subtitle Desk</source>
        <translation>Über Subtitle Desk</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="23" />
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="24" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="25" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="50" />
        <source>Preferences</source>
        <translation>Präferenzen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="65" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="66" />
        <source>The desktop's font: {family}, {size} pt</source>
        <translation>Die Schrift des Desktops: {family}, {size} pt</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="77" />
        <source>How often unsaved changes are copied aside, to be restored after a crash</source>
        <translation>Wie oft ungesicherte Änderungen beiseitegelegt werden, um sie nach einem Absturz wiederherzustellen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="84" />
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="87" />
        <source>Personal word lists…</source>
        <translation>Persönliche Wortlisten…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="88" />
        <source>Open the folder of the words you added: {folder}</source>
        <translation>Den Ordner der hinzugefügten Wörter öffnen: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="94" />
        <source>Show the audio waveform under the cue table</source>
        <translation>Die Audio-Wellenform unter der Untertiteltabelle zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="96" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="98" />
        <source>Cue text font:</source>
        <translation>Schrift des Untertiteltexts:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="102" />
        <source>Autosave every:</source>
        <translation>Automatisch sichern alle:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="103" />
        <source>QC preset:</source>
        <translation>QC-Vorgabe:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="104" />
        <source>For files without a specification of their own</source>
        <translation>Für Dateien ohne eigene Spezifikation</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="105" />
        <source>Spelling language:</source>
        <translation>Sprache der Rechtschreibprüfung:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="106" />
        <source>For files that do not say their language</source>
        <translation>Für Dateien, die ihre Sprache nicht angeben</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="107" />
        <source>Waveform:</source>
        <translation>Wellenform:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="121" />
        <source>Dotsub and appearance</source>
        <translation>Dotsub und Darstellung</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="123" />
        <source>Download subtitles as:</source>
        <translation>Untertitel herunterladen als:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="124" />
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="125" />
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="126" />
        <source>The new language shows when Subtitle Desk next starts</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="134" />
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="139" />
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="141" />
        <source>Work folder:</source>
        <translation>Arbeitsordner:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="143" />
        <source>Downloaded subtitles being worked on, and files about to be sent.
Empty: the app's data folder. Work already in the old folder
stays there: open it from there (File ▸ Open) to go on with it.</source>
        <translation>Heruntergeladene Untertitel in Arbeit und Dateien, die gesendet werden.
Leer: der Datenordner der App. Arbeit im alten Ordner
bleibt dort: von dort öffnen (Datei ▸ Öffnen), um weiterzuarbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="176" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (kein Wörterbuch)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="207" />
        <source>Give the work folder's whole path (or choose it).</source>
        <translation>Den vollständigen Pfad des Arbeitsordners angeben (oder ihn auswählen).</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="209" />
        <source>{path} is inside a cache folder, which cleaning tools may empty: choose another place for work.</source>
        <translation>{path} liegt in einem Cache-Ordner, den Aufräumprogramme leeren können: einen anderen Ort für die Arbeit wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="212" />
        <source>{path} is a file, not a folder.</source>
        <translation>{path} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="247" />
        <source>Keep work in</source>
        <translation>Arbeit aufbewahren in</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../ui/i18n.py" line="38" />
        <source>Follow the system</source>
        <extracomment>The languages the interface speaks, each named in itself.</extracomment>
        <translation>Wie das System</translation>
    </message>
</context>
</TS>