<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityDock</name>
    <message>
        <location filename="../../ui/activity_panel.py" line="342" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../../ui/activity_panel.py" line="203" />
        <source>Nothing has run yet. Downloads, uploads and checks appear here.</source>
        <translation>Rien n'a encore été lancé. Les téléchargements, envois et vérifications apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="210" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="211" />
        <source>Copy the selected operation's message</source>
        <translation>Copier le message de l'opération sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="216" />
        <source>Running only</source>
        <translation>En cours seulement</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="218" />
        <location filename="../../ui/activity_panel.py" line="330" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="221" />
        <source>Cancel all</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="223" />
        <source>Clear finished</source>
        <translation>Effacer les terminées</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="275" />
        <source>{operation} failed: {error}</source>
        <translation>{operation} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="277" />
        <source>{operation}: cancelled after {time}.</source>
        <translation>{operation} : annulé après {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="280" />
        <source>{operation}: done in {time}.</source>
        <translation>{operation} : terminé en {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="282" />
        <source>{operation}: working…</source>
        <translation>{operation} : en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="333" />
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <location filename="../../ui/desk/connect/__init__.py" line="75" />
        <source>Setup</source>
        <extracomment>The user chose to try the desk on the built-in local services (first-start offer).</extracomment>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../../ui/desk/connect/__init__.py" line="79" />
        <source>{service} account…</source>
        <translation>Compte {service}…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/connect/__init__.py" line="83" />
        <source>&amp;Accounts (Setup page)</source>
        <translation>&amp;Comptes (page Configuration)</translation>
    </message>
</context>
<context>
    <name>CueEditorPane</name>
    <message>
        <location filename="../../ui/editor/pane.py" line="125" />
        <location filename="../../ui/editor/pane.py" line="203" />
        <source>No cue selected</source>
        <extracomment>the context menu is about to open at this position: the pane fills it (row, new text) on every keystroke in the text box. (row, start ms, end ms) when a typed time is accepted. the user finished a typing session (focus left the text box). a message for the status bar (e.g. why a typed time was refused). "Add to dictionary" / "Ignore" on a misspelled word: (word) The language's direction, for cues with no strongly directional text yet (an empty new cue in an Arabic translation is typed right to left). Set by the workspace.</extracomment>
        <translation>Aucun sous-titre sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="140" />
        <source>Type H:MM:SS.mmm, MM:SS.mmm, SRT's 00:00:01,000 or seconds; Enter applies</source>
        <translation>Tapez H:MM:SS.mmm, MM:SS.mmm, le 00:00:01,000 de SRT ou des secondes ; Entrée applique</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="147" />
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="148" />
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="149" />
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="154" />
        <source>Cue text (Enter for a new line)</source>
        <translation>Texte du sous-titre (Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="210" />
        <source>Cue {number}</source>
        <translation>Sous-titre {number}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="296" />
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="299" />
        <source>Add “{word}” to dictionary</source>
        <translation>Ajouter « {word} » au dictionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="302" />
        <source>Ignore “{word}”</source>
        <translation>Ignorer « {word} »</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="371" />
        <source>The end time must not be before the start time</source>
        <translation>L'heure de fin ne doit pas précéder l'heure de début</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/pane.py" line="388" />
        <source>%n line(s), characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</source>
        <translation><numerusform>%n ligne, caractères par ligne : {lengths}    C/s : {cps}    Durée : {duration} s</numerusform><numerusform>%n lignes, caractères par ligne : {lengths}    C/s : {cps}    Durée : {duration} s</numerusform></translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="68" />
        <source>Start</source>
        <extracomment>Shown in place of a line break in the one-line table view.</extracomment>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="68" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="69" />
        <source>Dur.</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="69" />
        <source>CPS</source>
        <translation>C/s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="70" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="70" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="71" />
        <source>QC</source>
        <translation>CQ</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="72" />
        <source>Cue number</source>
        <translation>Numéro du sous-titre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="73" />
        <source>Start time (H:MM:SS.mmm)</source>
        <translation>Heure de début (H:MM:SS.mmm)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="74" />
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="75" />
        <source>Duration in seconds</source>
        <translation>Durée en secondes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="76" />
        <source>Characters per second (reading speed)</source>
        <translation>Caractères par seconde (vitesse de lecture)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="77" />
        <source>The source cues this cue overlaps in time (read-only)</source>
        <translation>Les sous-titres source que ce sous-titre chevauche dans le temps (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="78" />
        <source>Cue text; ⏎ marks a line break</source>
        <translation>Texte du sous-titre ; ⏎ marque un saut de ligne</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="79" />
        <source>Quality-check problems</source>
        <translation>Problèmes du contrôle qualité</translation>
    </message>
</context>
<context>
    <name>CueTableView</name>
    <message>
        <location filename="../../ui/editor/page.py" line="116" />
        <source>Open a subtitle file (Ctrl+O) or drop one here
SRT · WebVTT · TTML/DFXP · SSA/ASS</source>
        <extracomment>How many files File ▸ Open Recent lists. Columns the user hid (the source column also hides without a source). Shown over the empty table.</extracomment>
        <translation>Ouvrez un fichier de sous-titres (Ctrl+O) ou déposez-le ici
SRT · WebVTT · TTML/DFXP · SSA/ASS</translation>
    </message>
</context>
<context>
    <name>DatoCMS</name>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="45" />
        <source>Dato&amp;CMS</source>
        <translation>Dato&amp;CMS</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="47" />
        <source>&amp;Videos and tracks</source>
        <translation>&amp;Vidéos et pistes</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="48" />
        <source>&amp;Publish open subtitles…</source>
        <translation>&amp;Publier les sous-titres ouverts…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="49" />
        <source>Publish a &amp;Dotsub media's languages…</source>
        <translation>Publier les langues d'un média &amp;Dotsub…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="50" />
        <source>&amp;Generate subtitles…</source>
        <translation>&amp;Générer des sous-titres…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="51" />
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
</context>
<context>
    <name>Dotsub</name>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="56" />
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="57" />
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="65" />
        <source>&amp;Dotsub</source>
        <translation>&amp;Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="66" />
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="67" />
        <source>&amp;Media</source>
        <translation>&amp;Médias</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="68" />
        <source>&amp;Open selected task</source>
        <translation>&amp;Ouvrir la tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="69" />
        <source>&amp;Accept selected task</source>
        <translation>&amp;Accepter la tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="70" />
        <source>&amp;Release selected task</source>
        <translation>&amp;Libérer la tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="71" />
        <source>Re&amp;load tasks and media</source>
        <translation>Re&amp;charger les tâches et les médias</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../ui/editor/page.py" line="225" />
        <source>Quality check</source>
        <extracomment>(display name, dirty) for the window title a status-bar message the user chose to throw the unsaved changes away Message boxes shown without blocking (tests read them): the last one per purpose. The fonts before any preference: what "the standard font" goes back to. Set by a workspace: its session as JSON for "reopen the last work" (None: a plain file), and how to reopen such a record. The user moved the divider beside the media (now or in an earlier run).</extracomment>
        <translation>Contrôle qualité</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="280" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="280" />
        <source>Open a subtitle file</source>
        <translation>Ouvrir un fichier de sous-titres</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="281" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="281" />
        <source>Save in the file's own format</source>
        <translation>Enregistrer dans le format du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="282" />
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="283" />
        <source>Save under another name or in another format</source>
        <translation>Enregistrer sous un autre nom ou dans un autre format</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="284" />
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="285" />
        <source>Open the folder that holds the file in the file manager</source>
        <translation>Ouvrir le dossier du fichier dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="288" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="292" />
        <location filename="../../ui/editor/page.py" line="494" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="297" />
        <location filename="../../ui/editor/page.py" line="496" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="298" />
        <source>&amp;Insert cue after</source>
        <translation>&amp;Insérer un sous-titre après</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="299" />
        <source>A new cue after the current one</source>
        <translation>Un nouveau sous-titre après l'actuel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="300" />
        <source>&amp;Delete cues</source>
        <translation>&amp;Supprimer les sous-titres</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="301" />
        <source>Delete the selected cues</source>
        <translation>Supprimer les sous-titres sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="302" />
        <source>S&amp;plit at cursor</source>
        <translation>&amp;Scinder au curseur</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="303" />
        <source>Split the current cue where the text cursor is</source>
        <translation>Scinder le sous-titre actuel à la position du curseur</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="304" />
        <source>&amp;Merge selected</source>
        <translation>&amp;Fusionner la sélection</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="305" />
        <source>Merge the selected adjacent cues into one</source>
        <translation>Fusionner les sous-titres adjacents sélectionnés en un seul</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="306" />
        <source>S&amp;hift times…</source>
        <translation>&amp;Décaler les temps…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="307" />
        <source>Move the selected cues, or all cues, earlier or later</source>
        <translation>Avancer ou retarder les sous-titres sélectionnés, ou tous</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="308" />
        <source>Change &amp;frame rate…</source>
        <translation>Changer la &amp;fréquence d'images…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="309" />
        <source>Retime every cue from one frame rate to another</source>
        <translation>Recalculer chaque sous-titre d'une fréquence d'images à une autre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="310" />
        <source>&amp;Find and replace…</source>
        <translation>&amp;Rechercher et remplacer…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="311" />
        <source>Find text, replace text (regular expressions allowed)</source>
        <translation>Rechercher du texte, remplacer du texte (expressions régulières permises)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="312" />
        <source>Find &amp;next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="313" />
        <source>Next cue</source>
        <translation>Sous-titre suivant</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="314" />
        <source>Previous cue</source>
        <translation>Sous-titre précédent</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="316" />
        <source>&amp;Go to cue…</source>
        <translation>&amp;Aller au sous-titre…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="322" />
        <source>&amp;Load Dotsub spec…</source>
        <translation>&amp;Charger une spécification Dotsub…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="323" />
        <source>Check against a subtitle specification JSON from Dotsub</source>
        <translation>Vérifier selon une spécification de sous-titres JSON de Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="325" />
        <source>Next &amp;problem</source>
        <translation>&amp;Problème suivant</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="326" />
        <source>Pre&amp;vious problem</source>
        <translation>Problème &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="329" />
        <source>&amp;Quality check panel</source>
        <translation>Panneau de &amp;contrôle qualité</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="331" />
        <source>S&amp;pelling language</source>
        <translation>&amp;Langue de l'orthographe</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="336" />
        <source>&amp;Next untranslated cue</source>
        <translation>Sous-titre non traduit &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="337" />
        <source>The next cue whose text is empty or still the source's</source>
        <translation>Le sous-titre suivant dont le texte est vide ou encore celui de la source</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="339" />
        <source>&amp;Previous untranslated cue</source>
        <translation>Sous-titre non traduit &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="340" />
        <source>The previous cue whose text is empty or still the source's</source>
        <translation>Le sous-titre précédent dont le texte est vide ou encore celui de la source</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="342" />
        <source>&amp;Keep as in the source</source>
        <translation>&amp;Garder comme dans la source</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="343" />
        <source>The selected cues are meant to read as in the source (a name, a number): not untranslated</source>
        <translation>Les sous-titres sélectionnés doivent se lire comme dans la source (un nom, un nombre) : pas non traduits</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="354" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="363" />
        <source>&amp;Quality</source>
        <translation>&amp;Qualité</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="364" />
        <source>&amp;Specification</source>
        <translation>&amp;Spécification</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="377" />
        <source>&amp;Translation</source>
        <translation>&amp;Traduction</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="493" />
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler : {action}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="495" />
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir : {action}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="560" />
        <source>Go to cue</source>
        <translation>Aller au sous-titre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="560" />
        <source>Cue number</source>
        <translation>Numéro du sous-titre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="574" />
        <source>No QC problems</source>
        <translation>Aucun problème de qualité</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="590" />
        <source>Every cue is translated</source>
        <translation>Tous les sous-titres sont traduits</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="603" />
        <source>No source cue at this time: nothing to keep</source>
        <translation>Aucun sous-titre source à ce moment : rien à garder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="605" />
        <source>%n cue(s) kept as in the source</source>
        <translation><numerusform>%n sous-titre conservé comme dans la source</numerusform><numerusform>%n sous-titres conservés comme dans la source</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="606" />
        <source>%n cue(s) no longer kept as in the source</source>
        <translation><numerusform>%n sous-titre n'est plus conservé comme dans la source</numerusform><numerusform>%n sous-titres ne sont plus conservés comme dans la source</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="629" />
        <source>Only adjacent cues can be merged</source>
        <translation>Seuls des sous-titres adjacents peuvent être fusionnés</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="674" />
        <source>Invalid pattern: {error}</source>
        <translation>Motif non valide : {error}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="682" />
        <source>Cue {number}</source>
        <translation>Sous-titre {number}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="684" />
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="692" />
        <source>%n replacement(s)</source>
        <translation><numerusform>%n remplacement</numerusform><numerusform>%n remplacements</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="706" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="706" />
        <source>Save the changes to {name} first?</source>
        <translation>Enregistrer d'abord les modifications de {name} ?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="716" />
        <location filename="../../ui/editor/page.py" line="756" />
        <source>Save subtitles as</source>
        <translation>Enregistrer les sous-titres sous</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="731" />
        <source>Open subtitles</source>
        <translation>Ouvrir des sous-titres</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="800" />
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="803" />
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="805" />
        <source>&amp;Open the last work at start</source>
        <translation>&amp;Rouvrir le dernier travail au démarrage</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="813" />
        <source>{path} is not there any more</source>
        <translation>{path} n'existe plus</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="853" />
        <source>&amp;Off</source>
        <translation>&amp;Désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="855" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (pas de dictionnaire)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="874" />
        <source>Load a subtitle specification</source>
        <translation>Charger une spécification de sous-titres</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="875" />
        <source>Subtitle specification (*.json);;All files (*)</source>
        <translation>Spécification de sous-titres (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="903" />
        <source>Saved with changes</source>
        <translation>Enregistré avec des modifications</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="904" />
        <source>{name} was saved. The format could not keep everything:</source>
        <translation>{name} a été enregistré. Le format n'a pas pu tout conserver :</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../ui/errors.py" line="102" />
        <source>Something went wrong ({error_type}). {message}</source>
        <extracomment>(short message, details) for every reported exception.</extracomment>
        <translation>Une erreur s'est produite ({error_type}). {message}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110" />
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="111" />
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="117" />
        <source>Regular expression (replacement may use \1, \g&lt;name&gt;)</source>
        <translation>Expression régulière (le remplacement peut utiliser \1, \g&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="118" />
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="119" />
        <source>Only in selected cues</source>
        <translation>Seulement dans les sous-titres sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="123" />
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="124" />
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="128" />
        <source>Find next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="129" />
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="131" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FrameRateDialog</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="66" />
        <source>Change frame rate</source>
        <translation>Changer la fréquence d'images</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="76" />
        <source>From (fps)</source>
        <translation>De (i/s)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="77" />
        <source>To (fps)</source>
        <translation>À (i/s)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="78" />
        <source>Every cue is retimed: times are multiplied by from ÷ to.</source>
        <translation>Chaque sous-titre est recalculé : les temps sont multipliés par de ÷ à.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="98" />
        <source>Frame rates are positive numbers, e.g. 23.976 or 25</source>
        <translation>Les fréquences d'images sont des nombres positifs, p. ex. 23.976 ou 25</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="39" />
        <source>Source term</source>
        <translation>Terme source</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="39" />
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="48" />
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="50" />
        <source>Import the project's glossary (a Dotsub glossary CSV)</source>
        <translation>Importer le glossaire du projet (un CSV de glossaire Dotsub)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="52" />
        <source>Upload to Dotsub</source>
        <translation>Envoyer à Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="54" />
        <source>Create or replace this project's glossary on Dotsub</source>
        <translation>Créer ou remplacer le glossaire de ce projet sur Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="65" />
        <source>No glossary: open a Dotsub task to use its project's glossary.</source>
        <translation>Aucun glossaire : ouvrez une tâche Dotsub pour utiliser le glossaire de son projet.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="78" />
        <source>(no approved translation)</source>
        <translation>(aucune traduction approuvée)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="86" />
        <source>The cue uses an approved translation</source>
        <translation>Le sous-titre utilise une traduction approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="87" />
        <source>The cue uses none of the approved translations</source>
        <translation>Le sous-titre n'utilise aucune des traductions approuvées</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="90" />
        <source>No glossary term in this cue's source</source>
        <translation>Aucun terme du glossaire dans la source de ce sous-titre</translation>
    </message>
</context>
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
    <name>MediaBinding</name>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="78" />
        <source>Open &amp;video…</source>
        <extracomment>a video (path or URL) was loaded into the panel While True, a replaced document does not bring back its remembered video (the workspace loads the session's own). The subtitle file the loaded video belongs to.</extracomment>
        <translation>Ouvrir une &amp;vidéo…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="82" />
        <source>Play a video (or audio) file beside these subtitles</source>
        <translation>Lire un fichier vidéo (ou audio) à côté de ces sous-titres</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="85" />
        <source>&amp;Follow the playhead in the table</source>
        <translation>&amp;Suivre la tête de lecture dans le tableau</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="89" />
        <source>While the video plays, select the cue on screen (not while typing)</source>
        <translation>Pendant la lecture, sélectionner le sous-titre à l'écran (pas pendant la saisie)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="106" />
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="113" />
        <source>&amp;Speed</source>
        <translation>&amp;Vitesse</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="123" />
        <source>&amp;Nudge</source>
        <translation>&amp;Décaler</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="155" />
        <source>Open video</source>
        <translation>Ouvrir une vidéo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="262" />
        <source>Video: {name}</source>
        <translation>Vidéo : {name}</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../ui/media/panel.py" line="93" />
        <source>No waveform: {error}</source>
        <translation>Pas de forme d'onde : {error}</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="194" />
        <source>&amp;Play / pause</source>
        <translation>&amp;Lecture / pause</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="195" />
        <source>Play or pause the video</source>
        <translation>Lire ou mettre en pause la vidéo</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="196" />
        <source>Play &amp;current cue</source>
        <translation>Lire le sous-titre &amp;actuel</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="198" />
        <source>Play the current cue from its start to its end</source>
        <translation>Lire le sous-titre actuel du début à la fin</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="199" />
        <source>Set cue &amp;start at playhead</source>
        <translation>Placer le &amp;début à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="201" />
        <source>The current cue starts at the playhead</source>
        <translation>Le sous-titre actuel commence à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="202" />
        <source>Set cue &amp;end at playhead</source>
        <translation>Placer la &amp;fin à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="204" />
        <source>The current cue ends at the playhead</source>
        <translation>Le sous-titre actuel se termine à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="205" />
        <source>Start one frame earlier</source>
        <translation>Début une image plus tôt</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="207" />
        <source>Start one frame later</source>
        <translation>Début une image plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="209" />
        <source>End one frame earlier</source>
        <translation>Fin une image plus tôt</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="211" />
        <source>End one frame later</source>
        <translation>Fin une image plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="213" />
        <source>Start 100 ms earlier</source>
        <translation>Début 100 ms plus tôt</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="215" />
        <source>Start 100 ms later</source>
        <translation>Début 100 ms plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="217" />
        <source>End 100 ms earlier</source>
        <translation>Fin 100 ms plus tôt</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="219" />
        <source>End 100 ms later</source>
        <translation>Fin 100 ms plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="221" />
        <source>S&amp;lower</source>
        <translation>Plus &amp;lent</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="222" />
        <source>Play more slowly (down to 0.5×)</source>
        <translation>Lire plus lentement (jusqu'à 0,5×)</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="223" />
        <source>&amp;Faster</source>
        <translation>Plus &amp;rapide</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="224" />
        <source>Play faster (up to 2×)</source>
        <translation>Lire plus vite (jusqu'à 2×)</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="332" />
        <source>Audio only: no picture in this media.</source>
        <translation>Audio seul : ce média n'a pas d'image.</translation>
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
    <name>ProblemListModel</name>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="50" />
        <source>Cue</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="50" />
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="51" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="122" />
        <source>Cue {number}: {problem}</source>
        <translation>Sous-titre {number} : {problem}</translation>
    </message>
</context>
<context>
    <name>QcPanel</name>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="31" />
        <location filename="../../ui/editor/qc_panel.py" line="202" />
        <source>Reading speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="32" />
        <source>Line too long</source>
        <translation>Ligne trop longue</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="33" />
        <source>Too many lines</source>
        <translation>Trop de lignes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="34" />
        <source>Too short</source>
        <translation>Trop court</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="34" />
        <source>Too long</source>
        <translation>Trop long</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="35" />
        <source>Gap too small</source>
        <translation>Intervalle trop court</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="35" />
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="36" />
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="36" />
        <source>Bad timing</source>
        <translation>Minutage incorrect</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="37" />
        <source>Untranslated</source>
        <translation>Non traduit</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="38" />
        <source>Glossary term</source>
        <translation>Terme du glossaire</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="38" />
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="170" />
        <source>The subtitle specification the cues are checked against</source>
        <translation>La spécification de sous-titres utilisée pour la vérification</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="174" />
        <source>Show the problems of one rule</source>
        <translation>Afficher les problèmes d'une règle</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="210" />
        <source>Spec:</source>
        <translation>Spécification :</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="235" />
        <source>Load Dotsub spec…</source>
        <translation>Charger une spécification Dotsub…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="292" />
        <source>All rules ({count})</source>
        <translation>Toutes les règles ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="300" />
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="303" />
        <source>✔ No problems</source>
        <translation>✔ Aucun problème</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="308" />
        <source>{problems} in {cues}: {rules}</source>
        <translation>{problems} dans {cues} : {rules}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/qc_panel.py" line="309" />
        <source>⚠ %n problem(s)</source>
        <translation><numerusform>⚠ %n problème</numerusform><numerusform>⚠ %n problèmes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/qc_panel.py" line="309" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n sous-titre</numerusform><numerusform>%n sous-titres</numerusform></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="36" />
        <source>Send to Dotsub</source>
        <extracomment>``done()`` code of "Review problems".</extracomment>
        <translation>Envoyer à Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="46" />
        <source>{target}&lt;br&gt;{cues} as &lt;tt&gt;{file}&lt;/tt&gt;, saved on this computer first.</source>
        <extracomment>Cues whose text is empty or still the source's. The question asked when the task is marked completed with cues untranslated.</extracomment>
        <translation>{target}&lt;br&gt;{cues} en &lt;tt&gt;{file}&lt;/tt&gt;, enregistrés d'abord sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="47" />
        <location filename="../../ui/editor/send_dialog.py" line="63" />
        <location filename="../../ui/editor/send_dialog.py" line="77" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n sous-titre</numerusform><numerusform>%n sous-titres</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="62" />
        <source>{problems} in {cues}&lt;/b&gt; against the specification:</source>
        <translation>{problems} dans {cues}&lt;/b&gt; selon la spécification :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="63" />
        <source>⚠ %n QC problem(s)</source>
        <translation><numerusform>⚠ %n problème de qualité</numerusform><numerusform>⚠ %n problèmes de qualité</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="67" />
        <source>✔ No QC problems.</source>
        <translation>✔ Aucun problème de qualité.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="76" />
        <source>%n of {cues} is/are not translated yet</source>
        <translation><numerusform>%n sur {cues} n'est pas encore traduit</numerusform><numerusform>%n sur {cues} ne sont pas encore traduits</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="78" />
        <source> (empty, or still the source's text). Translation ▸ Next untranslated cue (F9) finds them.</source>
        <translation> (vides, ou encore le texte de la source). Traduction ▸ Sous-titre non traduit suivant (F9) les trouve.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="82" />
        <source>Mark the task &amp;completed</source>
        <translation>Marquer la tâche comme &amp;terminée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="86" />
        <source>These subtitles were not opened from a task</source>
        <translation>Ces sous-titres n'ont pas été ouverts depuis une tâche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="89" />
        <source>Task {task} is completed already</source>
        <translation>La tâche {task} est déjà terminée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="93" />
        <source>Task {task} moves on in the workflow once the subtitles are in</source>
        <translation>La tâche {task} avance dans le flux de travail une fois les sous-titres reçus</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="98" />
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="98" />
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="103" />
        <source>&amp;Review problems</source>
        <translation>&amp;Revoir les problèmes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="127" />
        <source>Complete the task?</source>
        <translation>Terminer la tâche ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="128" />
        <source>%n cue(s) is/are not translated yet. Mark the task completed anyway?</source>
        <translation><numerusform>%n sous-titre n'est pas encore traduit. Marquer quand même la tâche comme terminée ?</numerusform><numerusform>%n sous-titres ne sont pas encore traduits. Marquer quand même la tâche comme terminée ?</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="131" />
        <source>A completed task goes on to the next step of the workflow.</source>
        <translation>Une tâche terminée passe à l'étape suivante du flux de travail.</translation>
    </message>
</context>
<context>
    <name>SetupPrompt</name>
    <message>
        <location filename="../../ui/desk/widgets.py" line="66" />
        <source>Set up {service}…</source>
        <translation>Configurer {service}…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/widgets.py" line="85" />
        <source>Open the Settings menu to set up {service}</source>
        <translation>Ouvrez le menu Paramètres pour configurer {service}</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="23" />
        <source>Shift times</source>
        <translation>Décaler les temps</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="26" />
        <source>Seconds (1.5) or a time (0:00:01.500)</source>
        <translation>Secondes (1,5) ou un temps (0:00:01.500)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="27" />
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="28" />
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/dialogs.py" line="30" />
        <source>Only the %n selected cue(s)</source>
        <translation><numerusform>Seulement le sous-titre sélectionné</numerusform><numerusform>Seulement les %n sous-titres sélectionnés</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="39" />
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="40" />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <location filename="../../ui/editor/source_view.py" line="47" />
        <location filename="../../ui/editor/source_view.py" line="90" />
        <location filename="../../ui/editor/source_view.py" line="92" />
        <source>Source</source>
        <extracomment>"Copy to cue" was clicked: the current cue should take ``source_text()``. Rows of the source cues shown now, and whether they overlap the current cue.</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="61" />
        <source>No source cue at this time</source>
        <translation>Aucun sous-titre source à ce moment</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="68" />
        <source>Copy to cue</source>
        <translation>Copier dans le sous-titre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="69" />
        <source>Replace the current cue's text with this source text (names, numbers, on-screen text); undoable</source>
        <translation>Remplacer le texte du sous-titre actuel par ce texte source (noms, nombres, texte à l'écran) ; annulable</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="91" />
        <source>{language} (source, read-only)</source>
        <translation>{language} (source, lecture seule)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="93" />
        <source>{count} cues in the source language</source>
        <translation>{count} sous-titres dans la langue source</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="85" />
        <source>Error</source>
        <extracomment>A task due within this time is "almost due". The light theme's row tints; rows take the scheme's own (``palette_colors()``) when drawn.</extracomment>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="87" />
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="89" />
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="90" />
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="94" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="94" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="95" />
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="96" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="97" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="98" />
        <source>Assignee</source>
        <translation>Assigné</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="99" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="100" />
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="101" />
        <source>Media ID</source>
        <translation>ID du média</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="102" />
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="103" />
        <source>Task ID</source>
        <translation>ID de la tâche</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="273" />
        <source>Search media titles (Ctrl+F)</source>
        <extracomment>"Now" for the highlighting; refreshed on every reload (tests may pin it). Task id -&gt; the progress of its translation on this computer (see ``local_progress``). The task the footer describes (forgotten when it leaves the list). The "accept it first?" question of the last Open (tests read it). (target, marks, source mtimes) -&gt; progress, so unchanged work is not read again.</extracomment>
        <translation>Rechercher dans les titres des médias (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="277" />
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="282" />
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="285" />
        <source>Not completed</source>
        <translation>Non terminées</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="285" />
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="285" />
        <source>Completed or not</source>
        <translation>Terminées ou non</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="289" />
        <source>Accepted or not</source>
        <translation>Acceptées ou non</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="289" />
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="289" />
        <source>Not accepted</source>
        <translation>Non acceptées</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="291" />
        <source>Due from</source>
        <translation>Échéance du</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="292" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="294" />
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="296" />
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="297" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="299" />
        <source>Load the task list again (F5)</source>
        <translation>Recharger la liste des tâches (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="301" />
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="302" />
        <source>Assignee name</source>
        <translation>Nom de l'assigné</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="305" />
        <source>Any assignee type</source>
        <translation>Tout type d'assigné</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="308" />
        <source>Media ID</source>
        <translation>ID du média</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="309" />
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="310" />
        <source>Created since</source>
        <translation>Créées depuis</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="311" />
        <source>Completed from</source>
        <translation>Terminées depuis</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="352" />
        <location filename="../../ui/desk/dotsub/tasks.py" line="720" />
        <source>Loading tasks…</source>
        <translation>Chargement des tâches…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="356" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="358" />
        <source>Download the subtitles, spec and video and open them in the editor (Enter)</source>
        <translation>Télécharger les sous-titres, la spécification et la vidéo et les ouvrir dans l'éditeur (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="360" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="362" />
        <source>Take the task: Dotsub assigns it to you</source>
        <translation>Prendre la tâche : Dotsub vous l'assigne</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="363" />
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="365" />
        <source>Give the task back to its original assignee</source>
        <translation>Rendre la tâche à son assigné d'origine</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="369" />
        <source>The subtitle format to download from Dotsub</source>
        <translation>Le format de sous-titres à télécharger depuis Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="376" />
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="382" />
        <source>Dotsub tasks</source>
        <translation>Tâches Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="389" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="390" />
        <source>Due within 24 hours</source>
        <translation>Échéance dans les 24 heures</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="391" />
        <source>Due dates in local time</source>
        <translation>Échéances en heure locale</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="439" />
        <source>Opened {title}</source>
        <translation>{title} ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="449" />
        <source>Find tasks by title</source>
        <translation>Rechercher des tâches par titre</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="451" />
        <source>Load the task list again</source>
        <translation>Recharger la liste des tâches</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="575" />
        <source>Accept the task?</source>
        <translation>Accepter la tâche ?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="576" />
        <source>Nobody has accepted task {task} ({description}) yet. Accept it before you open it?</source>
        <translation>Personne n'a encore accepté la tâche {task} ({description}). L'accepter avant de l'ouvrir ?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="580" />
        <source>Dotsub then assigns it to you, so nobody else starts on it.</source>
        <translation>Dotsub vous l'assigne alors, et personne d'autre ne la commence.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="581" />
        <source>&amp;Accept and open</source>
        <translation>&amp;Accepter et ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="583" />
        <source>&amp;Open without accepting</source>
        <translation>&amp;Ouvrir sans accepter</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="613" />
        <location filename="../../ui/desk/dotsub/tasks.py" line="621" />
        <source>Accepting task {task} ({title})</source>
        <translation>Acceptation de la tâche {task} ({title})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="622" />
        <source>Releasing task {task} ({title})</source>
        <translation>Libération de la tâche {task} ({title})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="633" />
        <source>Accepting task {task} failed: {error}</source>
        <translation>L'acceptation de la tâche {task} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="634" />
        <source>Releasing task {task} failed: {error}</source>
        <translation>La libération de la tâche {task} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="638" />
        <source>Task {task} accepted: it is yours now</source>
        <translation>Tâche {task} acceptée : elle est à vous maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="639" />
        <source>Task {task} released</source>
        <translation>Tâche {task} libérée</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="697" />
        <source>{task} · {progress} on this computer</source>
        <translation>{task} · {progress} sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="720" />
        <source>Loading more tasks…</source>
        <translation>Chargement d'autres tâches…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="725" />
        <source>The task list could not be loaded: {error}</source>
        <translation>La liste des tâches n'a pas pu être chargée : {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="734" />
        <source>%n task(s)</source>
        <translation><numerusform>%n tâche</numerusform><numerusform>%n tâches</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="735" />
        <source>{shown} of %n task(s) shown</source>
        <translation><numerusform>{shown} sur %n tâche affichées</numerusform><numerusform>{shown} sur %n tâches affichées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="736" />
        <source>, %n overdue</source>
        <translation><numerusform>, %n en retard</numerusform><numerusform>, %n en retard</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="745" />
        <source>Loading tasks from Dotsub…</source>
        <translation>Chargement des tâches depuis Dotsub…</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../ui/media/transport.py" line="31" />
        <source>Playhead position</source>
        <translation>Position de lecture</translation>
    </message>
    <message>
        <location filename="../../ui/media/transport.py" line="38" />
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../../ui/media/transport.py" line="58" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/media/transport.py" line="58" />
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="42" />
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="43" />
        <source>&amp;Upload</source>
        <translation>&amp;Envoi</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="45" />
        <source>Upload &amp;videos to Dotsub…</source>
        <translation>Envoyer des &amp;vidéos à Dotsub…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="48" />
        <source>Show &amp;uploads</source>
        <translation>Afficher les &amp;envois</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="50" />
        <source>&amp;Cancel all uploads</source>
        <translation>&amp;Annuler tous les envois</translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <location filename="../../ui/activity_panel.py" line="118" />
        <source>✔ Done</source>
        <translation>✔ Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="118" />
        <source>✖ Failed</source>
        <translation>✖ Échec</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="119" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="151" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="155" />
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="156" />
        <source>  ·  running for {time}</source>
        <translation>  ·  en cours depuis {time}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="159" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="162" />
        <source>Done after {time}</source>
        <translation>Terminé après {time}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="163" />
        <source>Cancelled after {time}</source>
        <translation>Annulé après {time}</translation>
    </message>
</context>
<context>
    <name>cielo24</name>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="44" />
        <source>c&amp;ielo24</source>
        <translation>c&amp;ielo24</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="45" />
        <source>&amp;Jobs</source>
        <translation>&amp;Travaux</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="46" />
        <source>&amp;New job…</source>
        <translation>&amp;Nouveau travail…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="47" />
        <source>Add &amp;media to the selected job…</source>
        <translation>Ajouter un &amp;média au travail sélectionné…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="48" />
        <source>Request &amp;transcription…</source>
        <translation>Demander une &amp;transcription…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="49" />
        <source>&amp;Open captions in editor</source>
        <translation>&amp;Ouvrir les sous-titres dans l'éditeur</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="50" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../ui/i18n.py" line="42" />
        <source>Follow the system</source>
        <extracomment>The languages the interface speaks, each named in itself.</extracomment>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../ui/words.py" line="47" />
        <source>Caption</source>
        <extracomment>Dotsub's ``uploadDetail.status`` of a media, as the end of "The upload is …". Statuses that mean Dotsub still waits for the video (Retry sends it, Delete removes the media). DatoCMS's track ``status``. For pyside6-lupdate: the names core.work.dotsub.TASK_TYPE_LABELS gives (the core has no Qt), and the other tables' names shown on their own; ``translated`` shows them in the user's language.</extracomment>
        <translation>Sous-titrage</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47" />
        <source>Pivot translate</source>
        <translation>Traduction pivot</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48" />
        <source>Direct translate</source>
        <translation>Traduction directe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48" />
        <source>Translate</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49" />
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49" />
        <source>Post-editing</source>
        <translation>Post-édition</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50" />
        <source>Proofreading</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50" />
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51" />
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51" />
        <source>Burn-in</source>
        <translation>Incrustation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51" />
        <source>Push</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="52" />
        <source>Text to speech</source>
        <translation>Synthèse vocale</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53" />
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54" />
        <source>Mechanical</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54" />
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55" />
        <source>Professional</source>
        <translation>Professionnelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55" />
        <source>External</source>
        <translation>Externe</translation>
    </message>
</context>
</TS>