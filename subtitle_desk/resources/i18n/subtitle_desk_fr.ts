<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Editor</source>
        <extracomment>the window closed for good (after any "save changes?" question) The theme in force: ui.app applies the saved one before any window exists. The dialogs while open (non-blocking; tests reach them here). Called before closing; False keeps the window open (the editor asks about unsaved work).</extracomment>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>&amp;About Subtitle Desk</source>
        <translation>À &amp;propos de Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <source>About Subtitle Desk</source>
        <translation>À propos de Subtitle Desk</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="23" />
        <source>As the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="24" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="25" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="50" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="65" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="66" />
        <source>The desktop's font: {family}, {size} pt</source>
        <translation>La police du bureau : {family}, {size} pt</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="77" />
        <source>How often unsaved changes are copied aside, to be restored after a crash</source>
        <translation>Fréquence à laquelle les modifications non enregistrées sont mises de côté, pour être restaurées après un plantage</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="84" />
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="87" />
        <source>Personal word lists…</source>
        <translation>Listes de mots personnelles…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="88" />
        <source>Open the folder of the words you added: {folder}</source>
        <translation>Ouvrir le dossier des mots que vous avez ajoutés : {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="94" />
        <source>Show the audio waveform under the cue table</source>
        <translation>Afficher la forme d'onde audio sous le tableau des sous-titres</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="96" />
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="98" />
        <source>Cue text font:</source>
        <translation>Police du texte des sous-titres :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="102" />
        <source>Autosave every:</source>
        <translation>Enregistrement automatique toutes les :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="103" />
        <source>QC preset:</source>
        <translation>Préréglage de contrôle qualité :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="104" />
        <source>For files without a specification of their own</source>
        <translation>Pour les fichiers sans spécification propre</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="105" />
        <source>Spelling language:</source>
        <translation>Langue de l'orthographe :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="106" />
        <source>For files that do not say their language</source>
        <translation>Pour les fichiers qui n'indiquent pas leur langue</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="107" />
        <source>Waveform:</source>
        <translation>Forme d'onde :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="121" />
        <source>Dotsub and appearance</source>
        <translation>Dotsub et apparence</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="123" />
        <source>Download subtitles as:</source>
        <translation>Télécharger les sous-titres en :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="124" />
        <source>Colours:</source>
        <translation>Couleurs :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="125" />
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="126" />
        <source>The new language shows when Subtitle Desk next starts</source>
        <translation>La nouvelle langue s'affiche au prochain démarrage de Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="134" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="139" />
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="141" />
        <source>Work folder:</source>
        <translation>Dossier de travail :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="143" />
        <source>Downloaded subtitles being worked on, and files about to be sent.
Empty: the app's data folder. Work already in the old folder
stays there: open it from there (File ▸ Open) to go on with it.</source>
        <translation>Les sous-titres téléchargés en cours et les fichiers sur le point d'être envoyés.
Vide : le dossier de données de l'application. Le travail déjà dans l'ancien dossier
y reste : ouvrez-le depuis là (Fichier ▸ Ouvrir) pour le poursuivre.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="176" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (pas de dictionnaire)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="207" />
        <source>Give the work folder's whole path (or choose it).</source>
        <translation>Indiquez le chemin complet du dossier de travail (ou choisissez-le).</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="209" />
        <source>{path} is inside a cache folder, which cleaning tools may empty: choose another place for work.</source>
        <translation>{path} est dans un dossier de cache, que les outils de nettoyage peuvent vider : choisissez un autre endroit pour le travail.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="212" />
        <source>{path} is a file, not a folder.</source>
        <translation>{path} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="247" />
        <source>Keep work in</source>
        <translation>Conserver le travail dans</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../ui/i18n.py" line="38" />
        <source>Follow the system</source>
        <extracomment>The languages the interface speaks, each named in itself.</extracomment>
        <translation>Comme le système</translation>
    </message>
</context>
</TS>