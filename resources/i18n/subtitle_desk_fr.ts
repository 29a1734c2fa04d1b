<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="21" />
        <source>Media, tasks and subtitles in Dotsub VideoTMS; video uploads.</source>
        <translation>Médias, tâches et sous-titres dans Dotsub VideoTMS ; envoi de vidéos.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="22" />
        <source>Subtitle tracks on videos in the DatoCMS Media Area.</source>
        <translation>Pistes de sous-titres des vidéos de la médiathèque DatoCMS.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="23" />
        <source>Transcription and caption jobs at cielo24.</source>
        <translation>Travaux de transcription et de sous-titrage chez cielo24.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="41" />
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="102" />
        <source>Set up…</source>
        <translation>Configurer…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="42" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="60" />
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="89" />
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="95" />
        <source>These are the built-in local demo services on this computer; changes here last for this session only.</source>
        <translation>Ce sont les services de démonstration locaux intégrés à cet ordinateur ; les modifications faites ici ne valent que pour cette session.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="101" />
        <source>Not set up.</source>
        <translation>Non configuré.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="102" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="112" />
        <source>Client {client} at {url}</source>
        <translation>Client {client} sur {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="115" />
        <source>API token, {environment} environment, at {url}</source>
        <translation>Jeton d'API, environnement {environment}, sur {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="118" />
        <source>API token, primary environment, at {url}</source>
        <translation>Jeton d'API, environnement principal, sur {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="120" />
        <source>User {user} at {url}</source>
        <translation>Utilisateur {user} sur {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="122" />
        <source>Set up: {account}.</source>
        <translation>Configuré : {account}.</translation>
    </message>
</context>
<context>
    <name>ActivityDock</name>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="327" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="197" />
        <source>Nothing has run yet. Downloads, uploads and checks appear here.</source>
        <translation>Rien n'a encore été lancé. Les téléchargements, envois et vérifications apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="204" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="205" />
        <source>Copy the selected operation's message</source>
        <translation>Copier le message de l'opération sélectionnée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="207" />
        <source>Running only</source>
        <translation>En cours seulement</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="209" />
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="315" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="212" />
        <source>Cancel all</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="214" />
        <source>Clear finished</source>
        <translation>Effacer les terminées</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="258" />
        <source>{operation} failed: {error}</source>
        <translation>{operation} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="260" />
        <source>{operation}: cancelled after {time}.</source>
        <translation>{operation} : annulé après {time}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="263" />
        <source>{operation}: done in {time}.</source>
        <translation>{operation} : terminé en {time}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="266" />
        <source>{operation}: {detail}</source>
        <translation>{operation} : {detail}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="267" />
        <source>{operation}: working…</source>
        <translation>{operation} : en cours…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="318" />
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
</context>
<context>
    <name>BatchPublishDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="140" />
        <source>Publish a Dotsub media's languages</source>
        <extracomment>The user searched: (title text, may be empty for the most recent media)</extracomment>
        <translation>Publier les langues d'un média Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="143" />
        <source>Every finished language of the Dotsub media you pick becomes a subtitles track of &lt;b&gt;{video}&lt;/b&gt;.</source>
        <translation>Chaque langue terminée du média Dotsub choisi devient une piste de sous-titres de &lt;b&gt;{video}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="148" />
        <source>Dotsub media title</source>
        <translation>Titre du média Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="150" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="161" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="161" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="161" />
        <source>Finished languages</source>
        <translation>Langues terminées</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="172" />
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="180" />
        <source>Languages to publish:</source>
        <translation>Langues à publier :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="199" />
        <source>Searching Dotsub…</source>
        <translation>Recherche sur Dotsub…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="222" />
        <source>%n media with finished languages (of {total} found; refine the title to see more)</source>
        <translation><numerusform>%n média avec des langues terminées (sur {total} trouvés ; précisez le titre pour en voir plus)</numerusform><numerusform>%n médias avec des langues terminées (sur {total} trouvés ; précisez le titre pour en voir plus)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="225" />
        <source>%n media with finished languages</source>
        <translation><numerusform>%n média avec des langues terminées</numerusform><numerusform>%n médias avec des langues terminées</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="228" />
        <source>No Dotsub media with finished languages matches; try another title.</source>
        <translation>Aucun média Dotsub avec des langues terminées ne correspond ; essayez un autre titre.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../subtitle_desk/ui/runner.py" line="407" />
        <source>{operation} (+{count} more)</source>
        <extracomment>0..1, or None while the amount of work is unknown (indeterminate). True while at least one operation is running (drives the busy indicator). The transfers' CPU priority below the window's (Linux nice): on busy CPUs the window comes first. (name, exception) for every run that ended with an exception other than cancellation. (name) when a run finished successfully. Seconds between two refreshes at most (about ten a second).</extracomment>
        <translation>{operation} (+{count} autres)</translation>
    </message>
</context>
<context>
    <name>Cielo24Controller</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="101" />
        <source>Loading cielo24 jobs</source>
        <extracomment>The jobs list is loading (True) or done (False). The last list or action failed with this message ("" once things work again). A job's details arrived or changed: (job id) A followed job reached Complete: (job info) A job was created in this session: (job id) Captions were handed to the editor: (WorkSession) Seconds between status checks of a followed job (cielo24 jobs take minutes to days). Caption format fetched to open in the editor.</extracomment>
        <translation>Chargement des travaux cielo24</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="141" />
        <source>Untitled job</source>
        <translation>Travail sans titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="144" />
        <source>cielo24: new job “{name}”</source>
        <translation>cielo24 : nouveau travail « {name} »</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="149" />
        <source>cielo24: media for “{name}”</source>
        <translation>cielo24 : média pour « {name} »</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="162" />
        <source>cielo24: following “{name}”</source>
        <translation>cielo24 : suivi de « {name} »</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="173" />
        <source>cielo24: mechanical transcription of “{name}”</source>
        <translation>cielo24 : transcription mécanique de « {name} »</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="175" />
        <source>cielo24: premium transcription of “{name}”</source>
        <translation>cielo24 : transcription Premium de « {name} »</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="177" />
        <source>cielo24: professional transcription of “{name}”</source>
        <translation>cielo24 : transcription professionnelle de « {name} »</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="178" />
        <source>cielo24: {fidelity} transcription of “{name}”</source>
        <translation>cielo24 : transcription {fidelity} de « {name} »</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="196" />
        <source>Creating the job</source>
        <translation>Création du travail</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="209" />
        <source>Handing cielo24 the media URL</source>
        <translation>Transmission de l'URL du média à cielo24</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="210" />
        <source>Adding the media URL</source>
        <translation>Ajout de l'URL du média</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="223" />
        <source>Transcription ordered</source>
        <translation>Transcription commandée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="223" />
        <source>Media added</source>
        <translation>Média ajouté</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="229" />
        <source>Ordering a mechanical transcription</source>
        <translation>Commande d'une transcription mécanique</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="231" />
        <source>Ordering a premium transcription</source>
        <translation>Commande d'une transcription Premium</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="233" />
        <source>Ordering a professional transcription</source>
        <translation>Commande d'une transcription professionnelle</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="234" />
        <source>Ordering a {fidelity} transcription</source>
        <translation>Commande d'une transcription {fidelity}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="245" />
        <source>Uploading {name}</source>
        <translation>Envoi de {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="259" />
        <source>{status}; checking every {seconds} s</source>
        <translation>{status} ; vérification toutes les {seconds} s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="268" />
        <source>Complete: captions ready</source>
        <translation>Terminé : sous-titres prêts</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="274" />
        <source>Opening cielo24 captions of “{name}”</source>
        <translation>Ouverture des sous-titres cielo24 de « {name} »</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="309" />
        <source>Uploading {sent} of {total}</source>
        <translation>Envoi : {sent} sur {total}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="312" />
        <source>{text}, {rate}/s</source>
        <translation>{text}, {rate}/s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="315" />
        <source>{text}, {seconds} s left</source>
        <translation>{text}, {seconds} s restantes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="318" />
        <source>{text} (attempt {attempt})</source>
        <translation>{text} (tentative {attempt})</translation>
    </message>
</context>
<context>
    <name>Cielo24Page</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="33" />
        <source>&lt;h3&gt;cielo24 is not set up&lt;/h3&gt;&lt;p&gt;Set up cielo24 in Settings: add your cielo24 username and an API key (securekey) or password.&lt;/p&gt;&lt;p&gt;Then this page lists your transcription jobs and sends new media.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cielo24 n'est pas configuré&lt;/h3&gt;&lt;p&gt;Configurez cielo24 dans les Paramètres : ajoutez votre nom d'utilisateur cielo24 et une clé d'API (securekey) ou un mot de passe.&lt;/p&gt;&lt;p&gt;Cette page listera ensuite vos travaux de transcription et enverra les nouveaux médias.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="67" />
        <source>New job…</source>
        <extracomment>The dialog while open (tests reach it here).</extracomment>
        <translation>Nouveau travail…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="69" />
        <source>Add media…</source>
        <translation>Ajouter un média…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="71" />
        <source>Request transcription…</source>
        <translation>Demander une transcription…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="73" />
        <source>Open captions in editor</source>
        <translation>Ouvrir les sous-titres dans l'éditeur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="75" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="86" />
        <source>Loading jobs…</source>
        <translation>Chargement des travaux…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="104" />
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="232" />
        <source>Choose a job</source>
        <translation>Choisissez un travail</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="110" />
        <source>Job ID:</source>
        <translation>ID du travail :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="110" />
        <source>External ID:</source>
        <translation>ID externe :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="111" />
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="111" />
        <source>Fidelity:</source>
        <translation>Fidélité :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="112" />
        <source>Turnaround:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="112" />
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="113" />
        <source>Media length:</source>
        <translation>Durée du média :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="113" />
        <source>Media:</source>
        <translation>Média :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="114" />
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="114" />
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="115" />
        <source>Completed:</source>
        <translation>Terminé :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="115" />
        <source>This session:</source>
        <translation>Cette session :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="180" />
        <source>The jobs could not be loaded (see the message above).</source>
        <translation>Impossible de charger les travaux (voir le message ci-dessus).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="182" />
        <source>No cielo24 jobs yet.
Click “New job…” to send a video or audio file (or its URL) for transcription.</source>
        <translation>Aucun travail cielo24 pour l'instant.
Cliquez sur « Nouveau travail… » pour envoyer un fichier vidéo ou audio (ou son URL) à transcrire.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="244" />
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="245" />
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="248" />
        <source>following</source>
        <translation>suivi en cours</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="307" />
        <source>cielo24: “{name}” is complete; its captions can be opened in the editor</source>
        <translation>cielo24 : « {name} » est terminé ; ses sous-titres peuvent être ouverts dans l'éditeur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="322" />
        <source>The captions are ready: open them in the editor to review and fix them.</source>
        <translation>Les sous-titres sont prêts : ouvrez-les dans l'éditeur pour les relire et les corriger.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="325" />
        <source>cielo24 could not use this job's media. Create a new job with a playable file (MP4, MOV, WAV, MP3 …).</source>
        <translation>cielo24 n'a pas pu utiliser le média de ce travail. Créez un nouveau travail avec un fichier lisible (MP4, MOV, WAV, MP3…).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="330" />
        <source>This job is waiting for media: add a local file or a URL.</source>
        <translation>Ce travail attend un média : ajoutez un fichier local ou une URL.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="333" />
        <source>The media arrived: request a transcription (fidelity and turnaround).</source>
        <translation>Le média est arrivé : demandez une transcription (fidélité et délai).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="339" />
        <source>cielo24 is working on it; due {due}.</source>
        <translation>cielo24 y travaille ; échéance le {due}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="340" />
        <source>cielo24 is working on it.</source>
        <translation>cielo24 y travaille.</translation>
    </message>
</context>
<context>
    <name>Cielo24SettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="308" />
        <source>Your cielo24 username and an API key (Account → API access), or your password. The API key is used when both are set.</source>
        <translation>Votre nom d'utilisateur cielo24 et une clé d'API (Compte → Accès API), ou votre mot de passe. La clé d'API est utilisée si les deux sont renseignés.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="314" />
        <source>Username</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="315" />
        <source>API key</source>
        <translation>Clé d'API</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="316" />
        <source>or password</source>
        <translation>ou mot de passe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="318" />
        <source>API URL</source>
        <translation>URL de l'API</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/__init__.py" line="75" />
        <source>Setup</source>
        <extracomment>The user chose to try the desk on the built-in local services (first-start offer).</extracomment>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/__init__.py" line="79" />
        <source>{service} account…</source>
        <translation>Compte {service}…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/__init__.py" line="83" />
        <source>&amp;Accounts (Setup page)</source>
        <translation>&amp;Comptes (page Configuration)</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="93" />
        <source>Testing the {service} connection</source>
        <extracomment>The origin of a test of the settings in use (not a dialog's draft). The secrets each service's dialog edits (SecretStore keys). Cached login tokens that belong to the old credentials once they change. (service, ok, message, origin): the service's own answer to a connection test started by ``origin`` ("saved" for the settings in use, else the dialog that tested its draft). (service): new settings or secrets were saved and are in use. The last test of the settings in use, per service: (ok, message).</extracomment>
        <translation>Test de la connexion à {service}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="115" />
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="116" />
        <source>Connected to Dotsub: organization {organization}, {projects}, {languages} ({names}).</source>
        <translation>Connecté à Dotsub : organisation {organization}, {projects}, {languages} ({names}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="118" />
        <source>%n project(s)</source>
        <translation><numerusform>%n projet</numerusform><numerusform>%n projets</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="119" />
        <source>%n language(s)</source>
        <translation><numerusform>%n langue</numerusform><numerusform>%n langues</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="122" />
        <source>primary environment</source>
        <translation>environnement principal</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="123" />
        <source>Connected to DatoCMS ({environment}): {uploads} in the Media Area.</source>
        <translation>Connecté à DatoCMS ({environment}) : {uploads} dans la médiathèque.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="124" />
        <source>%n upload(s)</source>
        <translation><numerusform>%n fichier envoyé</numerusform><numerusform>%n fichiers envoyés</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="129" />
        <source>Connected to cielo24 as {user}: {jobs} in the account.</source>
        <translation>Connecté à cielo24 en tant que {user} : {jobs} dans le compte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="130" />
        <source>%n job(s)</source>
        <translation><numerusform>%n travail</numerusform><numerusform>%n travaux</numerusform></translation>
    </message>
</context>
<context>
    <name>CueEditorPane</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="125" />
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="203" />
        <source>No cue selected</source>
        <extracomment>the context menu is about to open at this position: the pane fills it (row, new text) on every keystroke in the text box. (row, start ms, end ms) when a typed time is accepted. the user finished a typing session (focus left the text box). a message for the status bar (e.g. why a typed time was refused). "Add to dictionary" / "Ignore" on a misspelled word: (word) The language's direction, for cues with no strongly directional text yet (an empty new cue in an Arabic translation is typed right to left). Set by the workspace.</extracomment>
        <translation>Aucun sous-titre sélectionné</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="140" />
        <source>Type H:MM:SS.mmm, MM:SS.mmm, SRT's 00:00:01,000 or seconds; Enter applies</source>
        <translation>Tapez H:MM:SS.mmm, MM:SS.mmm, le 00:00:01,000 de SRT ou des secondes ; Entrée applique</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="147" />
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="148" />
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="149" />
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="154" />
        <source>Cue text (Enter for a new line)</source>
        <translation>Texte du sous-titre (Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="210" />
        <source>Cue {number}</source>
        <translation>Sous-titre {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="296" />
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="299" />
        <source>Add “{word}” to dictionary</source>
        <translation>Ajouter « {word} » au dictionnaire</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="302" />
        <source>Ignore “{word}”</source>
        <translation>Ignorer « {word} »</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="371" />
        <source>The end time must not be before the start time</source>
        <translation>L'heure de fin ne doit pas précéder l'heure de début</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="388" />
        <source>%n line(s), characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</source>
        <translation><numerusform>%n ligne, caractères par ligne : {lengths}    C/s : {cps}    Durée : {duration} s</numerusform><numerusform>%n lignes, caractères par ligne : {lengths}    C/s : {cps}    Durée : {duration} s</numerusform></translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="69" />
        <source>Start</source>
        <extracomment>Shown in place of a line break in the one-line table view.</extracomment>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="69" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="70" />
        <source>Dur.</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="70" />
        <source>CPS</source>
        <translation>C/s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="71" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="71" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="72" />
        <source>QC</source>
        <translation>CQ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="73" />
        <source>Cue number</source>
        <translation>Numéro du sous-titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="74" />
        <source>Start time (H:MM:SS.mmm)</source>
        <translation>Heure de début (H:MM:SS.mmm)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="75" />
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="76" />
        <source>Duration in seconds</source>
        <translation>Durée en secondes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="77" />
        <source>Characters per second (reading speed)</source>
        <translation>Caractères par seconde (vitesse de lecture)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="78" />
        <source>The source cues this cue overlaps in time (read-only)</source>
        <translation>Les sous-titres source que ce sous-titre chevauche dans le temps (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="79" />
        <source>Cue text; ⏎ marks a line break</source>
        <translation>Texte du sous-titre ; ⏎ marque un saut de ligne</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="80" />
        <source>Quality-check problems</source>
        <translation>Problèmes du contrôle qualité</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="346" />
        <source>{text}

(kept as in the source)</source>
        <extracomment>Which QC rules colour which column (rule ids from core.qc).</extracomment>
        <translation>{text}

(conservé comme dans la source)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="348" />
        <source>{text}

(not translated yet)</source>
        <translation>{text}

(pas encore traduit)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="349" />
        <source>(not translated yet)</source>
        <translation>(pas encore traduit)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="352" />
        <source>(no source cue at this time)</source>
        <translation>(aucun sous-titre source à ce moment)</translation>
    </message>
</context>
<context>
    <name>CueTableView</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="135" />
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
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="42" />
        <source>Dato&amp;CMS</source>
        <translation>Dato&amp;CMS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="43" />
        <source>&amp;Videos and tracks</source>
        <translation>&amp;Vidéos et pistes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="44" />
        <source>&amp;Publish open subtitles…</source>
        <translation>&amp;Publier les sous-titres ouverts…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="46" />
        <source>Publish a &amp;Dotsub media's languages…</source>
        <translation>Publier les langues d'un média &amp;Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="48" />
        <source>&amp;Generate subtitles…</source>
        <translation>&amp;Générer des sous-titres…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="50" />
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
</context>
<context>
    <name>DatocmsController</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="99" />
        <source>Loading DatoCMS videos</source>
        <extracomment>The uploads list is loading (True) or done (False). The uploads list failed with the service's message ("" once it loads again). A job started (JobEntry), so the page can reveal the jobs table. A job ended, whatever its outcome (JobEntry). The Dotsub organization's languages arrived (list of language records). The Dotsub organization's languages once loaded (None: not loaded or no Dotsub).</extracomment>
        <translation>Chargement des vidéos DatoCMS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="232" />
        <source>Publish {language}</source>
        <translation>Publier {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="234" />
        <source>Publishing {language} to {video}</source>
        <translation>Publication de {language} sur {video}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="266" />
        <source>Publish from Dotsub “{title}” {language}</source>
        <translation>Publier {language} depuis Dotsub « {title} »</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="270" />
        <source>Publishing {title} · {language} to {video}</source>
        <translation>Publication de {title} · {language} sur {video}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="290" />
        <source>Generate {language}</source>
        <translation>Générer {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="292" />
        <source>Generating {language} subtitles for {video}</source>
        <translation>Génération des sous-titres {language} pour {video}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="302" />
        <source>Delete {track}</source>
        <translation>Supprimer {track}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="310" />
        <source>Deleting {track} from {video}</source>
        <translation>Suppression de {track} de {video}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="342" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="350" />
        <source>Unexpected error (see the error report)</source>
        <translation>Erreur inattendue (voir le rapport d'erreur)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="355" />
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="357" />
        <source>DatoCMS could not prepare the track</source>
        <translation>DatoCMS n'a pas pu préparer la piste</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="358" />
        <source>Errored</source>
        <translation>En erreur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="362" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
</context>
<context>
    <name>DatocmsPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="40" />
        <source>&lt;h3&gt;DatoCMS is not set up&lt;/h3&gt;&lt;p&gt;Set up DatoCMS in Settings: add the project's API token (and its environment, if you publish to a sandbox).&lt;/p&gt;&lt;p&gt;Then this page lists the project's videos and their subtitle tracks.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DatoCMS n'est pas configuré&lt;/h3&gt;&lt;p&gt;Configurez DatoCMS dans les Paramètres : ajoutez le jeton d'API du projet (et son environnement, si vous publiez dans un bac à sable).&lt;/p&gt;&lt;p&gt;Cette page liste ensuite les vidéos du projet et leurs pistes de sous-titres.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="78" />
        <source>&lt;b&gt;Videos&lt;/b&gt; in the DatoCMS Media Area</source>
        <extracomment>The dialogs while open (tests and the smoke test reach them here).</extracomment>
        <translation>&lt;b&gt;Vidéos&lt;/b&gt; de la zone Médias de DatoCMS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="81" />
        <source>Search file names, notes and tags</source>
        <translation>Rechercher dans les noms de fichiers, les notes et les tags</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="90" />
        <source>Loading videos…</source>
        <translation>Chargement des vidéos…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="113" />
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="268" />
        <source>Choose a video</source>
        <translation>Choisissez une vidéo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="119" />
        <source>Publish open subtitles…</source>
        <translation>Publier les sous-titres ouverts…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="121" />
        <source>Publish from Dotsub…</source>
        <translation>Publier depuis Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="123" />
        <source>Generate subtitles…</source>
        <translation>Générer des sous-titres…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="125" />
        <source>Delete track…</source>
        <translation>Supprimer la piste…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="127" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="138" />
        <source>Loading tracks…</source>
        <translation>Chargement des pistes…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="152" />
        <source>&lt;b&gt;Jobs&lt;/b&gt; started in this session</source>
        <translation>&lt;b&gt;Travaux&lt;/b&gt; lancés pendant cette session</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="159" />
        <source>Clear finished</source>
        <translation>Effacer les terminées</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="230" />
        <source>The videos could not be loaded (see the message above).</source>
        <translation>Les vidéos n'ont pas pu être chargées (voir le message ci-dessus).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="233" />
        <source>No video matches “{query}”. Try part of a file name or a tag.</source>
        <translation>Aucune vidéo ne correspond à « {query} ». Essayez une partie d'un nom de fichier ou un tag.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="234" />
        <source>The Media Area has no videos yet. Upload one in DatoCMS, then Refresh.</source>
        <translation>La zone Médias ne contient encore aucune vidéo. Envoyez-en une dans DatoCMS, puis cliquez sur Actualiser.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="240" />
        <source>%n video(s)</source>
        <translation><numerusform>%n vidéo</numerusform><numerusform>%n vidéos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="242" />
        <source>Showing {shown} of %n video(s); scroll for more</source>
        <translation><numerusform>Affichage de {shown} sur %n vidéo ; faites défiler pour en voir plus</numerusform><numerusform>Affichage de {shown} sur %n vidéos ; faites défiler pour en voir plus</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="278" />
        <source>{rate} fps</source>
        <translation>{rate} i/s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="299" />
        <source>Choose a video on the left to see its subtitle and audio tracks.</source>
        <translation>Choisissez une vidéo à gauche pour voir ses pistes de sous-titres et audio.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="304" />
        <source>This video has no tracks yet.
Publish the subtitles open in the editor, publish a Dotsub media's languages, or generate subtitles from the audio.</source>
        <translation>Cette vidéo n'a pas encore de piste.
Publiez les sous-titres ouverts dans l'éditeur, publiez les langues d'un média Dotsub ou générez des sous-titres à partir de l'audio.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="319" />
        <source>Publish the subtitles open in the editor as a WebVTT track of this video</source>
        <translation>Publier les sous-titres ouverts dans l'éditeur comme piste WebVTT de cette vidéo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="320" />
        <source>Open subtitles in the editor first</source>
        <translation>Ouvrez d'abord des sous-titres dans l'éditeur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="323" />
        <source>Publish every finished language of a Dotsub media as tracks</source>
        <translation>Publier chaque langue terminée d'un média Dotsub comme piste</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="324" />
        <source>Set up Dotsub in Settings to publish its languages</source>
        <translation>Configurez Dotsub dans les Paramètres pour publier ses langues</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="326" />
        <source>Have DatoCMS transcribe the video's audio into a subtitles track</source>
        <translation>Faire transcrire l'audio de la vidéo par DatoCMS dans une piste de sous-titres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="342" />
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="414" />
        <source>Delete track</source>
        <translation>Supprimer la piste</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="415" />
        <source>Delete the {type} track “{track}” ({code}) from {video}?

Viewers lose it at once; this cannot be undone.</source>
        <translation>Supprimer la piste « {track} » ({type}, {code}) de {video} ?

Les spectateurs la perdent immédiatement ; cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="420" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="440" />
        <source>DatoCMS: {job} on {video}: {status} — {message}</source>
        <translation>DatoCMS : {job} sur {video} : {status} — {message}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="443" />
        <source>DatoCMS: {job} on {video}: {status}</source>
        <translation>DatoCMS : {job} sur {video} : {status}</translation>
    </message>
</context>
<context>
    <name>DatocmsSettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="286" />
        <source>A DatoCMS API token with access to the Media Area (Project settings → API tokens). Leave the environment empty for the primary environment.</source>
        <translation>Un jeton d'API DatoCMS ayant accès à la médiathèque (Paramètres du projet → Jetons d'API). Laissez l'environnement vide pour l'environnement principal.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="291" />
        <source>API token</source>
        <translation>Jeton d'API</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="292" />
        <source>primary environment</source>
        <translation>environnement principal</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="294" />
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="296" />
        <source>API URL</source>
        <translation>URL de l'API</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/__init__.py" line="67" />
        <source>Starting the built-in local services</source>
        <translation>Démarrage des services locaux intégrés</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/__init__.py" line="87" />
        <source>Demo services on this computer: {services}</source>
        <translation>Services de démonstration sur cet ordinateur : {services}</translation>
    </message>
</context>
<context>
    <name>Dotsub</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="56" />
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="57" />
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="65" />
        <source>&amp;Dotsub</source>
        <translation>&amp;Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="66" />
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="67" />
        <source>&amp;Media</source>
        <translation>&amp;Médias</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="68" />
        <source>&amp;Open selected task</source>
        <translation>&amp;Ouvrir la tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="69" />
        <source>&amp;Accept selected task</source>
        <translation>&amp;Accepter la tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="70" />
        <source>&amp;Release selected task</source>
        <translation>&amp;Libérer la tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="71" />
        <source>Re&amp;load tasks and media</source>
        <translation>Re&amp;charger les tâches et les médias</translation>
    </message>
</context>
<context>
    <name>DotsubSettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="259" />
        <source>Dotsub VideoTMS API client credentials (Organization settings → API clients). The client secret is never written to the settings file.</source>
        <translation>Identifiants d'un client API Dotsub VideoTMS (Paramètres de l'organisation → Clients API). Le secret client n'est jamais écrit dans le fichier de paramètres.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="265" />
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="266" />
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="270" />
        <source>API URL</source>
        <translation>URL de l'API</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="271" />
        <source>Login URL</source>
        <translation>URL de connexion</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="272" />
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../subtitle_desk/ui/durations.py" line="20" />
        <location filename="../../subtitle_desk/ui/durations.py" line="23" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/durations.py" line="26" />
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/durations.py" line="29" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="96" />
        <source>Untitled</source>
        <extracomment>File-dialog filters per format, in the order offered. Documents longer than this are checked against a new QC context on a worker thread. a different document was loaded (or closed: None) the file path, name or dirty state changed: (display name, dirty) undo/redo availability or names changed QC results changed for these rows (tuple) or for all (None) the spec in force changed: (key, Spec) a status-bar message something the user must read: (title, text) a save finished: (path, notes of what the target format dropped) the user should choose where to select: (row) a file was read from disk and is now the open document: (path) A key per opened document for the autosave store. The translation rules' context (source, glossary, spelling), or None: see Workbench. What the work is called in questions ("Video 3 · French · Translate"), when it is more than its file name; the workspace sets it for service work. Increases on every change of the document (autosave compares it).</extracomment>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="162" />
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="166" />
        <source>Cannot open subtitle file</source>
        <translation>Impossible d'ouvrir le fichier de sous-titres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="170" />
        <source>Opened {name}: %n cues ({format}, {encoding})</source>
        <translation><numerusform>{name} ouvert : %n sous-titre ({format}, {encoding})</numerusform><numerusform>{name} ouvert : %n sous-titres ({format}, {encoding})</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="174" />
        <source>Opening {name}</source>
        <translation>Ouverture de {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="199" />
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="235" />
        <source>Cannot save</source>
        <translation>Impossible d'enregistrer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="216" />
        <source>Saved {name} (%n note(s) about what the format dropped)</source>
        <translation><numerusform>{name} enregistré (%n remarque sur ce que le format n'a pas conservé)</numerusform><numerusform>{name} enregistré (%n remarques sur ce que le format n'a pas conservé)</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="217" />
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="220" />
        <source>Saving {name}</source>
        <translation>Enregistrement de {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="263" />
        <source>Cannot use this spec</source>
        <translation>Impossible d'utiliser cette spécification</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="309" />
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="313" />
        <source>Redone</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="355" />
        <source>Select two or more adjacent cues to merge</source>
        <translation>Sélectionnez au moins deux sous-titres adjacents à fusionner</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="377" />
        <source>“{pattern}” not found</source>
        <translation>« {pattern} » introuvable</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="244" />
        <source>Quality check</source>
        <extracomment>(display name, dirty) for the window title a status-bar message the user chose to throw the unsaved changes away Message boxes shown without blocking (tests read them): the last one per purpose. The fonts before any preference: what "the standard font" goes back to. Set by a workspace: its session as JSON for "reopen the last work" (None: a plain file), and how to reopen such a record. The user moved the divider beside the media (now or in an earlier run).</extracomment>
        <translation>Contrôle qualité</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="299" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="299" />
        <source>Open a subtitle file</source>
        <translation>Ouvrir un fichier de sous-titres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="300" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="300" />
        <source>Save in the file's own format</source>
        <translation>Enregistrer dans le format du fichier</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="301" />
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="302" />
        <source>Save under another name or in another format</source>
        <translation>Enregistrer sous un autre nom ou dans un autre format</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="303" />
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="304" />
        <source>Open the folder that holds the file in the file manager</source>
        <translation>Ouvrir le dossier du fichier dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="307" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="311" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="513" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="316" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="515" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="317" />
        <source>&amp;Insert cue after</source>
        <translation>&amp;Insérer un sous-titre après</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="318" />
        <source>A new cue after the current one</source>
        <translation>Un nouveau sous-titre après l'actuel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="319" />
        <source>&amp;Delete cues</source>
        <translation>&amp;Supprimer les sous-titres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="320" />
        <source>Delete the selected cues</source>
        <translation>Supprimer les sous-titres sélectionnés</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="321" />
        <source>S&amp;plit at cursor</source>
        <translation>&amp;Scinder au curseur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="322" />
        <source>Split the current cue where the text cursor is</source>
        <translation>Scinder le sous-titre actuel à la position du curseur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="323" />
        <source>&amp;Merge selected</source>
        <translation>&amp;Fusionner la sélection</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="324" />
        <source>Merge the selected adjacent cues into one</source>
        <translation>Fusionner les sous-titres adjacents sélectionnés en un seul</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="325" />
        <source>S&amp;hift times…</source>
        <translation>&amp;Décaler les temps…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="326" />
        <source>Move the selected cues, or all cues, earlier or later</source>
        <translation>Avancer ou retarder les sous-titres sélectionnés, ou tous</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="327" />
        <source>Change &amp;frame rate…</source>
        <translation>Changer la &amp;fréquence d'images…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="328" />
        <source>Retime every cue from one frame rate to another</source>
        <translation>Recalculer chaque sous-titre d'une fréquence d'images à une autre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="329" />
        <source>&amp;Find and replace…</source>
        <translation>&amp;Rechercher et remplacer…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="330" />
        <source>Find text, replace text (regular expressions allowed)</source>
        <translation>Rechercher du texte, remplacer du texte (expressions régulières permises)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="331" />
        <source>Find &amp;next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="332" />
        <source>Next cue</source>
        <translation>Sous-titre suivant</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="333" />
        <source>Previous cue</source>
        <translation>Sous-titre précédent</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="335" />
        <source>&amp;Go to cue…</source>
        <translation>&amp;Aller au sous-titre…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="341" />
        <source>&amp;Load Dotsub spec…</source>
        <translation>&amp;Charger une spécification Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="342" />
        <source>Check against a subtitle specification JSON from Dotsub</source>
        <translation>Vérifier selon une spécification de sous-titres JSON de Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="344" />
        <source>Next &amp;problem</source>
        <translation>&amp;Problème suivant</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="345" />
        <source>Pre&amp;vious problem</source>
        <translation>Problème &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="348" />
        <source>&amp;Quality check panel</source>
        <translation>Panneau de &amp;contrôle qualité</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="350" />
        <source>S&amp;pelling language</source>
        <translation>&amp;Langue de l'orthographe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="355" />
        <source>&amp;Next untranslated cue</source>
        <translation>Sous-titre non traduit &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="356" />
        <source>The next cue whose text is empty or still the source's</source>
        <translation>Le sous-titre suivant dont le texte est vide ou encore celui de la source</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="358" />
        <source>&amp;Previous untranslated cue</source>
        <translation>Sous-titre non traduit &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="359" />
        <source>The previous cue whose text is empty or still the source's</source>
        <translation>Le sous-titre précédent dont le texte est vide ou encore celui de la source</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="361" />
        <source>&amp;Keep as in the source</source>
        <translation>&amp;Garder comme dans la source</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="362" />
        <source>The selected cues are meant to read as in the source (a name, a number): not untranslated</source>
        <translation>Les sous-titres sélectionnés doivent se lire comme dans la source (un nom, un nombre) : pas non traduits</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="373" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="382" />
        <source>&amp;Quality</source>
        <translation>&amp;Qualité</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="383" />
        <source>&amp;Specification</source>
        <translation>&amp;Spécification</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="396" />
        <source>&amp;Translation</source>
        <translation>&amp;Traduction</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="512" />
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler : {action}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="514" />
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir : {action}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="540" />
        <source>Edit text of cue {number}</source>
        <translation>modification du texte du sous-titre {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="542" />
        <source>Change timing of cue {number}</source>
        <translation>modification du minutage du sous-titre {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="545" />
        <source>Shift cues by {offset}</source>
        <translation>décalage des sous-titres de {offset}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="547" />
        <source>Shift %n cues by {offset}</source>
        <translation><numerusform>décalage de %n sous-titre de {offset}</numerusform><numerusform>décalage de %n sous-titres de {offset}</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="549" />
        <source>Insert cue {number}</source>
        <translation>insertion du sous-titre {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="552" />
        <source>Insert %n cues at {number}</source>
        <translation><numerusform>insertion de %n sous-titre en position {number}</numerusform><numerusform>insertion de %n sous-titres en position {number}</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="554" />
        <source>Delete cue {number}</source>
        <translation>suppression du sous-titre {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="557" />
        <source>Delete %n cues</source>
        <translation><numerusform>suppression de %n sous-titre</numerusform><numerusform>suppression de %n sous-titres</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="559" />
        <source>Split cue {number}</source>
        <translation>scission du sous-titre {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="561" />
        <source>Merge cues {first}–{last}</source>
        <translation>fusion des sous-titres {first} à {last}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="563" />
        <source>Change frame rate from {source} to {target} fps</source>
        <translation>changement de fréquence d'images de {source} à {target} i/s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="566" />
        <source>Replace “{pattern}” with “{replacement}” ({replacements})</source>
        <translation>remplacement de « {pattern} » par « {replacement} » ({replacements})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="569" />
        <source>Sort cues by time</source>
        <translation>tri des sous-titres par temps</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="618" />
        <source>Go to cue</source>
        <translation>Aller au sous-titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="618" />
        <source>Cue number</source>
        <translation>Numéro du sous-titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="632" />
        <source>No QC problems</source>
        <translation>Aucun problème de qualité</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="648" />
        <source>Every cue is translated</source>
        <translation>Tous les sous-titres sont traduits</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="661" />
        <source>No source cue at this time: nothing to keep</source>
        <translation>Aucun sous-titre source à ce moment : rien à garder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="663" />
        <source>%n cue(s) kept as in the source</source>
        <translation><numerusform>%n sous-titre conservé comme dans la source</numerusform><numerusform>%n sous-titres conservés comme dans la source</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="664" />
        <source>%n cue(s) no longer kept as in the source</source>
        <translation><numerusform>%n sous-titre n'est plus conservé comme dans la source</numerusform><numerusform>%n sous-titres ne sont plus conservés comme dans la source</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="687" />
        <source>Only adjacent cues can be merged</source>
        <translation>Seuls des sous-titres adjacents peuvent être fusionnés</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="732" />
        <source>Invalid pattern: {error}</source>
        <translation>Motif non valide : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="740" />
        <source>Cue {number}</source>
        <translation>Sous-titre {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="742" />
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="567" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="750" />
        <source>%n replacement(s)</source>
        <translation><numerusform>%n remplacement</numerusform><numerusform>%n remplacements</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="764" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="764" />
        <source>Save the changes to {name} first?</source>
        <translation>Enregistrer d'abord les modifications de {name} ?</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="774" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="819" />
        <source>Save subtitles as</source>
        <translation>Enregistrer les sous-titres sous</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="789" />
        <source>Open subtitles</source>
        <translation>Ouvrir des sous-titres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="795" />
        <source>Subtitles (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)</source>
        <translation>Sous-titres (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="796" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="863" />
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="866" />
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="868" />
        <source>&amp;Open the last work at start</source>
        <translation>&amp;Rouvrir le dernier travail au démarrage</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="876" />
        <source>{path} is not there any more</source>
        <translation>{path} n'existe plus</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="916" />
        <source>&amp;Off</source>
        <translation>&amp;Désactivé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="918" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (pas de dictionnaire)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="937" />
        <source>Load a subtitle specification</source>
        <translation>Charger une spécification de sous-titres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="938" />
        <source>Subtitle specification (*.json);;All files (*)</source>
        <translation>Spécification de sous-titres (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="966" />
        <source>Saved with changes</source>
        <translation>Enregistré avec des modifications</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="967" />
        <source>{name} was saved. The format could not keep everything:</source>
        <translation>{name} a été enregistré. Le format n'a pas pu tout conserver :</translation>
    </message>
</context>
<context>
    <name>EditorWorkspace</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="70" />
        <source>CAPTION</source>
        <extracomment>The controller's spec key for the open session's Dotsub specification. What the work is in the header's title ("Video 3 · Spanish · TRANSLATION"), per Dotsub task type.</extracomment>
        <translation>SOUS-TITRAGE</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="71" />
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="72" />
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="73" />
        <source>TRANSLATION</source>
        <translation>TRADUCTION</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="74" />
        <source>POST-EDITING</source>
        <translation>POST-ÉDITION</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="75" />
        <source>REVIEW</source>
        <translation>RÉVISION</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="76" />
        <source>PROOFREADING</source>
        <translation>RELECTURE</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="159" />
        <source>Specification</source>
        <extracomment>a session was opened in the editor: (WorkSession) the editor left the session (another file was opened): () subtitles reached Dotsub: (WorkSession, the service's track record) sending failed: (the service's message) The spec the user had chosen before a session's spec replaced it. The last send's dialog and result (tests and the smoke test read them). The project glossary of the session (None: the project has none imported).</extracomment>
        <translation>Spécification</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="175" />
        <source>&amp;Specification panel</source>
        <translation>Panneau de &amp;spécification</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="181" />
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="191" />
        <source>&amp;Glossary panel</source>
        <translation>Panneau du &amp;glossaire</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="193" />
        <source>&amp;Import glossary…</source>
        <translation>&amp;Importer un glossaire…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="195" />
        <source>Import the Dotsub project's glossary (a Dotsub glossary CSV) once: every task of the project uses it</source>
        <translation>Importer une fois le glossaire du projet Dotsub (un CSV de glossaire Dotsub) : chaque tâche du projet l'utilise</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="198" />
        <source>&amp;Upload glossary to Dotsub</source>
        <translation>&amp;Envoyer le glossaire à Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="200" />
        <source>Create or replace this project's glossary on Dotsub</source>
        <translation>Créer ou remplacer le glossaire de ce projet sur Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="207" />
        <source>Send to &amp;Dotsub…</source>
        <translation>Envoyer à &amp;Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="211" />
        <source>Save, then upload these subtitles to Dotsub (optionally completing the task)</source>
        <translation>Enregistrer, puis envoyer ces sous-titres à Dotsub (en terminant éventuellement la tâche)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="213" />
        <source>Send to Dotsub (Ctrl+Shift+D)</source>
        <translation>Envoyer à Dotsub (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="219" />
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="261" />
        <source>Kept {name}: {title} was not opened</source>
        <translation>{name} conservé : {title} n'a pas été ouvert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="302" />
        <source>The task's subtitle specification is unusable ({error}): QC uses {spec}</source>
        <translation>La spécification de sous-titres de la tâche est inutilisable ({error}) : le contrôle qualité utilise {spec}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="387" />
        <source>{translated} of %n cue(s) translated</source>
        <translation><numerusform>{translated} sur %n sous-titre traduit</numerusform><numerusform>{translated} sur %n sous-titres traduits</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="390" />
        <source> ({kept} kept as in the source)</source>
        <translation> (conservés comme dans la source : {kept})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="414" />
        <source>file on this computer</source>
        <translation>fichier sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="414" />
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="427" />
        <source>{spec} (chosen instead of the task's specification: pick it again in the QC panel)</source>
        <translation>{spec} (choisie à la place de la spécification de la tâche : sélectionnez-la de nouveau dans le panneau de contrôle qualité)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="445" />
        <source>Service: {service}</source>
        <translation>Service : {service}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="445" />
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="447" />
        <source>Media {media}</source>
        <translation>Média {media}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="449" />
        <source>Language {name} ({language}, {direction})</source>
        <translation>Langue {name} ({language}, {direction})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="452" />
        <source>Task {task} ({type})</source>
        <translation>Tâche {task} ({type})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="454" />
        <source>Saved at {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="505" />
        <source>The project glossary is not used: {error}</source>
        <translation>Le glossaire du projet n'est pas utilisé : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="520" />
        <source>No glossary: open a Dotsub task to use its project's glossary.</source>
        <translation>Aucun glossaire : ouvrez une tâche Dotsub pour utiliser le glossaire de son projet.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="522" />
        <source>This work belongs to no Dotsub project: there is no project glossary.</source>
        <translation>Ce travail n'appartient à aucun projet Dotsub : il n'y a pas de glossaire de projet.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="524" />
        <source>No glossary for this project yet. &lt;b&gt;Import…&lt;/b&gt; a Dotsub glossary CSV once; every task of the project then uses it.</source>
        <translation>Pas encore de glossaire pour ce projet. &lt;b&gt;Importer…&lt;/b&gt; une fois un CSV de glossaire Dotsub ; chaque tâche du projet l'utilise ensuite.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="528" />
        <source>not used for this work</source>
        <translation>non utilisé pour ce travail</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="534" />
        <source>On Dotsub as glossary {id}</source>
        <translation>Sur Dotsub comme glossaire {id}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="547" />
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="548" />
        <source>A glossary belongs to a Dotsub project: open one of its tasks first.</source>
        <translation>Un glossaire appartient à un projet Dotsub : ouvrez d'abord l'une de ses tâches.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="551" />
        <source>Import a glossary</source>
        <translation>Importer un glossaire</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="552" />
        <source>Dotsub glossary (*.csv);;All files (*)</source>
        <translation>Glossaire Dotsub (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="604" />
        <source>Still sending the previous version to Dotsub</source>
        <translation>L'envoi de la version précédente à Dotsub est toujours en cours</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="610" />
        <source>Nothing to send</source>
        <translation>Rien à envoyer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="611" />
        <source>These subtitles have no cues yet: Dotsub refuses an empty file.</source>
        <translation>Ce fichier de sous-titres ne contient encore aucun sous-titre : Dotsub refuse un fichier vide.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="620" />
        <source>Dotsub media {media}, {name} ({language}), task {task}</source>
        <translation>Média Dotsub {media}, {name} ({language}), tâche {task}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="621" />
        <source>Dotsub media {media}, {name} ({language})</source>
        <translation>Média Dotsub {media}, {name} ({language})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="668" />
        <source>Could not save {path}: {error}</source>
        <translation>Impossible d'enregistrer {path} : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="683" />
        <source>Sending {work} to Dotsub</source>
        <translation>Envoi de {work} à Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="694" />
        <source>Sent to Dotsub: {detail}</source>
        <translation>Envoyé à Dotsub : {detail}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="696" />
        <source>Sent to Dotsub</source>
        <translation>Envoyé à Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="697" />
        <source>{work} is on Dotsub.</source>
        <translation>{work} est sur Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="701" />
        <source>Could not send to Dotsub</source>
        <translation>Impossible d'envoyer à Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="702" />
        <source>The subtitles were not sent.</source>
        <translation>Les sous-titres n'ont pas été envoyés.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="748" />
        <source>The last work was not opened again: {error}</source>
        <translation>Le dernier travail n'a pas été rouvert : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="761" />
        <source>Opened your last work again: {title}</source>
        <translation>Votre dernier travail a été rouvert : {title}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="765" />
        <source>Opening {name} again</source>
        <translation>Réouverture de {name}</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/common.py" line="52" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/common.py" line="54" />
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/errors.py" line="64" />
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../subtitle_desk/ui/errors.py" line="102" />
        <source>Something went wrong ({error_type}). {message}</source>
        <extracomment>(short message, details) for every reported exception.</extracomment>
        <translation>Une erreur s'est produite ({error_type}). {message}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/errors.py" line="110" />
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="111" />
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="117" />
        <source>Regular expression (replacement may use \1, \g&lt;name&gt;)</source>
        <translation>Expression régulière (le remplacement peut utiliser \1, \g&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="118" />
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="119" />
        <source>Only in selected cues</source>
        <translation>Seulement dans les sous-titres sélectionnés</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="123" />
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="124" />
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="128" />
        <source>Find next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="129" />
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="131" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="37" />
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="39" />
        <source>Welcome to Subtitle Desk</source>
        <translation>Bienvenue dans Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="41" />
        <source>No Dotsub, DatoCMS or cielo24 account is set up yet.&lt;p&gt;You can look around first: built-in local services on this computer stand in for Dotsub, DatoCMS and cielo24, with sample media, tasks and subtitles. Nothing is sent over the internet, and your own accounts can be added at any time from the Settings menu.</source>
        <translation>Aucun compte Dotsub, DatoCMS ou cielo24 n'est encore configuré.&lt;p&gt;Vous pouvez d'abord faire un tour : des services locaux intégrés à cet ordinateur remplacent Dotsub, DatoCMS et cielo24, avec des médias, des tâches et des sous-titres d'exemple. Rien n'est envoyé sur Internet, et vous pouvez ajouter vos propres comptes à tout moment depuis le menu Paramètres.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="47" />
        <source>Try Subtitle Desk on built-in local services</source>
        <translation>Essayer Subtitle Desk sur les services locaux intégrés</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="50" />
        <source>Set up my accounts</source>
        <translation>Configurer mes comptes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="52" />
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>FrameRateDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="66" />
        <source>Change frame rate</source>
        <translation>Changer la fréquence d'images</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="76" />
        <source>From (fps)</source>
        <translation>De (i/s)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="77" />
        <source>To (fps)</source>
        <translation>À (i/s)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="78" />
        <source>Every cue is retimed: times are multiplied by from ÷ to.</source>
        <translation>Chaque sous-titre est recalculé : les temps sont multipliés par de ÷ à.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="98" />
        <source>Frame rates are positive numbers, e.g. 23.976 or 25</source>
        <translation>Les fréquences d'images sont des nombres positifs, p. ex. 23.976 ou 25</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="121" />
        <source>Generate subtitles</source>
        <translation>Générer des sous-titres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="123" />
        <source>DatoCMS transcribes the audio of &lt;b&gt;{video}&lt;/b&gt; into a new subtitles track. Pick the language spoken in the video.</source>
        <translation>DatoCMS transcrit l'audio de &lt;b&gt;{video}&lt;/b&gt; dans une nouvelle piste de sous-titres. Choisissez la langue parlée dans la vidéo.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="125" />
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
</context>
<context>
    <name>GlossaryController</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="77" />
        <source>cannot read: {error}</source>
        <extracomment>a glossary was imported for a project: (project id, Glossary) a project's stored glossary was read: (project id, Glossary or None when it has none) the glossary is on Dotsub: (project id, Dotsub's glossary record) something the user must read: (title, text) a status-bar message</extracomment>
        <translation>lecture impossible : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="88" />
        <source>Cannot import this glossary</source>
        <translation>Impossible d'importer ce glossaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="91" />
        <source>Glossary {file} imported for this project: %n concepts in {languages}</source>
        <translation><numerusform>Glossaire {file} importé pour ce projet : %n concept en {languages}</numerusform><numerusform>Glossaire {file} importé pour ce projet : %n concepts en {languages}</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="97" />
        <source>Importing the glossary {file}</source>
        <translation>Importation du glossaire {file}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="110" />
        <source>The project glossary cannot be used: {error}</source>
        <translation>Le glossaire du projet est inutilisable : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="126" />
        <source>No glossary imported for this project ({error})</source>
        <translation>Aucun glossaire importé pour ce projet ({error})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="127" />
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="141" />
        <source>Could not upload the glossary</source>
        <translation>Impossible d'envoyer le glossaire</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="145" />
        <source>Glossary “{name}” is on Dotsub</source>
        <translation>Le glossaire « {name} » est sur Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="147" />
        <source>Glossary “{name}” is on Dotsub (replaced)</source>
        <translation>Le glossaire « {name} » est sur Dotsub (remplacé)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="149" />
        <source>Glossary “{name}” is on Dotsub (created)</source>
        <translation>Le glossaire « {name} » est sur Dotsub (créé)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="153" />
        <source>Uploading the glossary “{name}” to Dotsub</source>
        <translation>Envoi du glossaire « {name} » à Dotsub</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="36" />
        <source>Source term</source>
        <translation>Terme source</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="36" />
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="37" />
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="39" />
        <source>Import the project's glossary (a Dotsub glossary CSV)</source>
        <translation>Importer le glossaire du projet (un CSV de glossaire Dotsub)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="41" />
        <source>Upload to Dotsub</source>
        <translation>Envoyer à Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="43" />
        <source>Create or replace this project's glossary on Dotsub</source>
        <translation>Créer ou remplacer le glossaire de ce projet sur Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="54" />
        <source>No glossary: open a Dotsub task to use its project's glossary.</source>
        <translation>Aucun glossaire : ouvrez une tâche Dotsub pour utiliser le glossaire de son projet.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="67" />
        <source>(no approved translation)</source>
        <translation>(aucune traduction approuvée)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="75" />
        <source>The cue uses an approved translation</source>
        <translation>Le sous-titre utilise une traduction approuvée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="76" />
        <source>The cue uses none of the approved translations</source>
        <translation>Le sous-titre n'utilise aucune des traductions approuvées</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="79" />
        <source>No glossary term in this cue's source</source>
        <translation>Aucun terme du glossaire dans la source de ce sous-titre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="88" />
        <source>%n concept(s)</source>
        <translation><numerusform>%n concept</numerusform><numerusform>%n concepts</numerusform></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="181" />
        <source>Subtitle Desk user guide</source>
        <translation>Guide de l'utilisateur de Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="189" />
        <source>The user guide is missing from this installation ({error}).</source>
        <translation>Le guide de l'utilisateur est absent de cette installation ({error}).</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="24" />
        <source>Media files (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg *.wmv *.flv *.mp3 *.m4a *.wav *.aac *.flac *.ogg);;All files (*)</source>
        <extracomment>The file dialog's filter (shown translated: ``QCoreApplication.translate("JobDialog", MEDIA_FILTER)``).</extracomment>
        <translation>Fichiers multimédias (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg *.wmv *.flv *.mp3 *.m4a *.wav *.aac *.flac *.ogg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="27" />
        <source>Mechanical: machine transcript only; fastest and cheapest, needs a careful review</source>
        <translation>Mécanique : transcription automatique uniquement ; la plus rapide et la moins chère, demande une relecture attentive</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="29" />
        <source>Premium: machine transcript plus a human pass (cielo24 quotes 94 %+ accuracy)</source>
        <translation>Premium : transcription automatique plus une passe humaine (cielo24 annonce plus de 94 % de précision)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="31" />
        <source>Professional: several human passes (99 %+), for broadcast and accessibility compliance</source>
        <translation>Professionnelle : plusieurs passes humaines (plus de 99 %), pour la diffusion et la conformité en matière d'accessibilité</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="34" />
        <source>Standard (about 48 hours)</source>
        <translation>Standard (environ 48 heures)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="35" />
        <source>Priority (about 24 hours)</source>
        <translation>Prioritaire (environ 24 heures)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="36" />
        <source>Critical (fastest)</source>
        <translation>Critique (le plus rapide)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="69" />
        <source>New cielo24 job</source>
        <extracomment>None: no transcription ordered now. A priority name or a number of hours. The URL is knowingly the media of another job too (cielo24 refuses that otherwise).</extracomment>
        <translation>Nouveau travail cielo24</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="70" />
        <source>A new cielo24 job: its name and spoken language, and the video or audio to transcribe.</source>
        <translation>Un nouveau travail cielo24 : son nom et sa langue parlée, ainsi que la vidéo ou l'audio à transcrire.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="72" />
        <source>Add media to “{job}”</source>
        <translation>Ajouter un média à « {job} »</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="73" />
        <source>The video or audio of the cielo24 job “{job}”: a file on this computer, or an address cielo24 can download it from.</source>
        <translation>La vidéo ou l'audio du travail cielo24 « {job} » : un fichier sur cet ordinateur, ou une adresse depuis laquelle cielo24 peut le télécharger.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="76" />
        <source>Add media to the job</source>
        <translation>Ajouter un média au travail</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="77" />
        <source>The video or audio of the cielo24 job the job: a file on this computer, or an address cielo24 can download it from.</source>
        <translation>La vidéo ou l'audio de ce travail cielo24 : un fichier sur cet ordinateur, ou une adresse depuis laquelle cielo24 peut le télécharger.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="80" />
        <source>Request a transcription of “{job}”</source>
        <translation>Demander une transcription de « {job} »</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="81" />
        <source>How the cielo24 job “{job}” is to be transcribed, and by when.</source>
        <translation>Comment le travail cielo24 « {job} » doit être transcrit, et pour quand.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="83" />
        <source>Request a transcription of the job</source>
        <translation>Demander une transcription du travail</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="84" />
        <source>How the cielo24 job the job is to be transcribed, and by when.</source>
        <translation>Comment ce travail cielo24 doit être transcrit, et pour quand.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="97" />
        <source>e.g. Festival interview, episode 104</source>
        <translation>p. ex. Interview du festival, épisode 104</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="100" />
        <source>The language spoken in the media (RFC 5646, e.g. en, es, fr-CA)</source>
        <translation>La langue parlée dans le média (RFC 5646, p. ex. en, es, fr-CA)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="102" />
        <source>optional: your own reference</source>
        <translation>facultatif : votre propre référence</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="104" />
        <source>Job</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="106" />
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="107" />
        <source>Spoken language:</source>
        <translation>Langue parlée :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="108" />
        <source>External ID:</source>
        <translation>ID externe :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="115" />
        <source>Local file</source>
        <translation>Fichier local</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="117" />
        <source>Public URL cielo24 can download</source>
        <translation>URL publique que cielo24 peut télécharger</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="124" />
        <source>Video or audio file, up to 10 GB</source>
        <translation>Fichier vidéo ou audio, jusqu'à 10 Go</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="125" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="130" />
        <source>This URL is the media of another job too (send it again)</source>
        <translation>Cette URL est aussi le média d'un autre travail (l'envoyer à nouveau)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="133" />
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="152" />
        <source>Request transcription now</source>
        <translation>Demander la transcription maintenant</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="153" />
        <source>Transcription</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="164" />
        <source>Within a number of hours…</source>
        <translation>Dans un nombre d'heures donné…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="167" />
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="170" />
        <source>optional: translate into (e.g. es)</source>
        <translation>facultatif : traduire en (p. ex. es)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="172" />
        <source>optional: notes for the transcribers (names, terms)</source>
        <translation>facultatif : notes pour les transcripteurs (noms, termes)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="177" />
        <source>Fidelity:</source>
        <translation>Fidélité :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="182" />
        <source>Turnaround:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="183" />
        <source>Translation:</source>
        <translation>Traduction :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="184" />
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="200" />
        <source>Create job</source>
        <translation>Créer le travail</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="200" />
        <source>Add media</source>
        <translation>Ajouter le média</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="201" />
        <source>Request</source>
        <translation>Demander</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="230" />
        <source>Choose the media</source>
        <translation>Choisir le média</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="242" />
        <source>Say which language is spoken in the media.</source>
        <translation>Indiquez la langue parlée dans le média.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="247" />
        <source>Choose a media file.</source>
        <translation>Choisissez un fichier multimédia.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="250" />
        <source>{name} is not a file that can be read.</source>
        <translation>{name} n'est pas un fichier lisible.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="253" />
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="255" />
        <source>{name} is {size} GB; cielo24 takes media files of up to 10 GB.</source>
        <translation>{name} fait {size} Go ; cielo24 accepte les fichiers multimédias jusqu'à 10 Go.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="260" />
        <source>Give the media's URL.</source>
        <translation>Indiquez l'URL du média.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="262" />
        <source>The media URL must start with http:// or https://.</source>
        <translation>L'URL du média doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="264" />
        <source>A transcription needs media: choose a file or give a URL (or untick the request).</source>
        <translation>Une transcription nécessite un média : choisissez un fichier ou indiquez une URL (ou décochez la demande).</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="31" />
        <source>Authorizing</source>
        <extracomment>The job info dict behind a row. A job status's colour: a ThemeColors name, looked up in the scheme on screen when drawn. cielo24's job statuses and turnaround priorities as shown (the services' own words, translated where they are shown; a value not listed here shows as it comes).</extracomment>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="32" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="33" />
        <source>In Process</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="34" />
        <source>Reviewing</source>
        <translation>En révision</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="35" />
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="36" />
        <source>Media Failure</source>
        <translation>Échec du média</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="39" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="40" />
        <source>Priority</source>
        <translation>Prioritaire</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="41" />
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="64" />
        <source>{priority}, {hours} h</source>
        <translation>{priority}, {hours} h</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="67" />
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="105" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="251" />
        <source>Job</source>
        <extracomment>The service's message when the track errored or the job failed.</extracomment>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="106" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="252" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="107" />
        <source>Fidelity</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="108" />
        <source>Turnaround</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="109" />
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="110" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="111" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="253" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="112" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="166" />
        <source>Waiting for media</source>
        <extracomment>job id -&gt; what this session is doing with it ("Uploading 40 %", "Checking every 30 s")</extracomment>
        <translation>En attente du média</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="168" />
        <source>Media received</source>
        <translation>Média reçu</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="199" />
        <source>{name}
Job {job}</source>
        <translation>{name}
Travail {job}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="202" />
        <source>{text}
External ID {id}</source>
        <translation>{text}
ID externe {id}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="217" />
        <source>Uploading</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="218" />
        <source>Waiting for DatoCMS</source>
        <translation>En attente de DatoCMS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="219" />
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="220" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="221" />
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="222" />
        <source>Errored</source>
        <translation>En erreur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="223" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="224" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="251" />
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="65" />
        <source>BCP 47 code, e.g. it-IT</source>
        <extracomment>The chosen code changed: (code or "" when invalid)</extracomment>
        <translation>Code BCP 47, p. ex. it-IT</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="92" />
        <source>The {source} organization's languages, or type a BCP 47 code</source>
        <extracomment>Dotsub language records by id, when they were loaded.</extracomment>
        <translation>Les langues de l'organisation {source}, ou saisissez un code BCP 47</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="127" />
        <source>“{text}” is not a BCP 47 language code (like it-IT or pt-BR)</source>
        <translation>« {text} » n'est pas un code de langue BCP 47 (comme it-IT ou pt-BR)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="130" />
        <source>Pick a language or type its BCP 47 code</source>
        <translation>Choisissez une langue ou saisissez son code BCP 47</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="96" />
        <source>Editor</source>
        <extracomment>the window closed for good (after any "save changes?" question) The theme in force: ui.app applies the saved one before any window exists. The dialogs while open (non-blocking; tests reach them here). Called before closing; False keeps the window open (the editor asks about unsaved work).</extracomment>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="131" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="138" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="150" />
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="152" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="157" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="160" />
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="163" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="164" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="168" />
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="173" />
        <source>&amp;About Subtitle Desk</source>
        <translation>À &amp;propos de Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="234" />
        <source>About Subtitle Desk</source>
        <translation>À propos de Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="201" />
        <source>Subtitle editing and QC, and the Dotsub VideoTMS, DatoCMS and cielo24 workflows in one window.</source>
        <translation>L'édition et le contrôle qualité des sous-titres, ainsi que les flux de travail Dotsub VideoTMS, DatoCMS et cielo24, dans une seule fenêtre.</translation>
    </message>
</context>
<context>
    <name>MediaBinding</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="34" />
        <source>Video and audio ({patterns});;All files (*)</source>
        <translation>Vidéo et audio ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="39" />
        <source>No video. Playback ▸ Open video… (Ctrl+Shift+O), or drop a video file here.</source>
        <extracomment>The file dialog's filter (in English: ``video_filter()`` is the one shown). The empty video and waveform areas' texts (in English: shown translated).</extracomment>
        <translation>Aucune vidéo. Lecture ▸ Ouvrir une vidéo… (Ctrl+Maj+O), ou déposez un fichier vidéo ici.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="41" />
        <source>The audio waveform appears here once a video is open.</source>
        <translation>La forme d'onde audio s'affiche ici dès qu'une vidéo est ouverte.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="92" />
        <source>Open &amp;video…</source>
        <extracomment>a video (path or URL) was loaded into the panel While True, a replaced document does not bring back its remembered video (the workspace loads the session's own). The subtitle file the loaded video belongs to.</extracomment>
        <translation>Ouvrir une &amp;vidéo…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="96" />
        <source>Play a video (or audio) file beside these subtitles</source>
        <translation>Lire un fichier vidéo (ou audio) à côté de ces sous-titres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="99" />
        <source>&amp;Follow the playhead in the table</source>
        <translation>&amp;Suivre la tête de lecture dans le tableau</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="103" />
        <source>While the video plays, select the cue on screen (not while typing)</source>
        <translation>Pendant la lecture, sélectionner le sous-titre à l'écran (pas pendant la saisie)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="120" />
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="127" />
        <source>&amp;Speed</source>
        <translation>&amp;Vitesse</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="137" />
        <source>&amp;Nudge</source>
        <translation>&amp;Décaler</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="169" />
        <source>Open video</source>
        <translation>Ouvrir une vidéo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="276" />
        <source>Video: {name}</source>
        <translation>Vidéo : {name}</translation>
    </message>
</context>
<context>
    <name>MediaDetail</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="191" />
        <source>Media ID:</source>
        <translation>ID du média :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="191" />
        <source>External ID:</source>
        <translation>ID externe :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="192" />
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="192" />
        <source>Workflow:</source>
        <translation>Flux de travail :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="193" />
        <source>Organization:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="193" />
        <source>Created:</source>
        <translation>Créé le :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="194" />
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="194" />
        <source>Length:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="194" />
        <source>Upload:</source>
        <translation>Envoi :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="195" />
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="195" />
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="217" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="217" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="217" />
        <source>Subtitles</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="234" />
        <source>The subtitle format to download from Dotsub</source>
        <translation>Le format de sous-titres à télécharger depuis Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="235" />
        <source>Open in editor</source>
        <translation>Ouvrir dans l'éditeur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="237" />
        <source>Download the selected language's subtitles and open them (Enter)</source>
        <translation>Télécharger les sous-titres de la langue sélectionnée et les ouvrir (Entrée)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="239" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="241" />
        <source>Read this media from Dotsub again</source>
        <translation>Relire ce média depuis Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="243" />
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="245" />
        <source>Show every task of this media in the tasks view</source>
        <translation>Afficher toutes les tâches de ce média dans la vue des tâches</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="251" />
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="262" />
        <source>Select a media to see its languages, upload state and notes.</source>
        <translation>Sélectionnez un média pour voir ses langues, l'état de l'envoi et les notes.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="274" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="277" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="279" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="281" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="320" />
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="321" />
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="333" />
        <source>No thumbnail</source>
        <translation>Aucune miniature</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="334" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="346" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="347" />
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="347" />
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="354" />
        <source>Complete</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="354" />
        <source>Not finished</source>
        <translation>Non terminés</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="401" />
        <source>Uploaded</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="404" />
        <source>{status} at {percent} %</source>
        <translation>{status} à {percent} %</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="408" />
        <source>{status} (from {origin})</source>
        <translation>{status} (depuis {origin})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="410" />
        <source>{status}: {error}</source>
        <translation>{status} : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="414" />
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="414" />
        <source>a URL</source>
        <translation>une URL</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="420" />
        <source>Failed: {error}</source>
        <translation>Échec : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="422" />
        <source>Encoded (MP4, HD)</source>
        <translation>Encodé (MP4, HD)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="423" />
        <source>Encoded (MP4)</source>
        <translation>Encodé (MP4)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="424" />
        <source>Not encoded yet</source>
        <translation>Pas encore encodé</translation>
    </message>
</context>
<context>
    <name>MediaModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="52" />
        <source>Encoding failed: {error}</source>
        <extracomment>Thumbnails in the table's rows.</extracomment>
        <translation>Échec de l'encodage : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="54" />
        <source>Upload failed</source>
        <translation>Échec de l'envoi</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="56" />
        <source>Uploading {percent} %</source>
        <translation>Envoi en cours : {percent} %</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="58" />
        <source>Waiting for upload</source>
        <translation>En attente d'envoi</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="60" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="62" />
        <source>Encoding</source>
        <translation>Encodage en cours</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="66" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="80" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="80" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="81" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="82" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="83" />
        <source>Subtitled</source>
        <translation>Sous-titré</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="84" />
        <source>Upload / encoding</source>
        <translation>Envoi / encodage</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="85" />
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="86" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="87" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="105" />
        <source>Loading Dotsub media</source>
        <translation>Chargement des médias Dotsub</translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="443" />
        <source>Search titles (Ctrl+F)</source>
        <extracomment>Set by ``install``: show the tasks view filtered to one media (media id).</extracomment>
        <translation>Rechercher dans les titres (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="444" />
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="546" />
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="445" />
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="446" />
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="447" />
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="448" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="450" />
        <source>Load the media list again (F5)</source>
        <translation>Recharger la liste des médias (F5)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="551" />
        <source>Loading media…</source>
        <translation>Chargement des médias…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="489" />
        <source>Dotsub media</source>
        <translation>Médias Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="503" />
        <source>Find media by title</source>
        <translation>Rechercher des médias par titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="503" />
        <source>Load the media list again</source>
        <translation>Recharger la liste des médias</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="510" />
        <source>Open the selected language in the editor</source>
        <translation>Ouvrir la langue sélectionnée dans l'éditeur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="551" />
        <source>Loading more media…</source>
        <translation>Chargement d'autres médias…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="552" />
        <source>The media list could not be loaded: {error}</source>
        <translation>La liste des médias n'a pas pu être chargée : {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="562" />
        <source>%n media</source>
        <translation><numerusform>%n média</numerusform><numerusform>%n médias</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="563" />
        <source>{shown} of %n media shown</source>
        <translation><numerusform>{shown} sur %n média affichés</numerusform><numerusform>{shown} sur %n médias affichés</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="553" />
        <source>The media list could not be loaded. See the message above; Retry when the problem is fixed.</source>
        <translation>La liste des médias n'a pas pu être chargée. Voir le message ci-dessus ; Réessayer une fois le problème résolu.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="555" />
        <source>Loading media from Dotsub…</source>
        <translation>Chargement des médias depuis Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="556" />
        <source>No media match these filters.
Change the title or project, or choose Clear filters.</source>
        <translation>Aucun média ne correspond à ces filtres.
Modifiez le titre ou le projet, ou choisissez Effacer les filtres.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="558" />
        <source>This Dotsub organization has no media yet.
Upload a video to Dotsub to see it here.</source>
        <translation>Cette organisation Dotsub n'a encore aucun média.
Envoyez une vidéo à Dotsub pour la voir ici.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="587" />
        <source>Refreshing media {media}</source>
        <translation>Actualisation du média {media}</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="94" />
        <source>No waveform: {error}</source>
        <translation>Pas de forme d'onde : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="191" />
        <source>&amp;Play / pause</source>
        <translation>&amp;Lecture / pause</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="192" />
        <source>Play or pause the video</source>
        <translation>Lire ou mettre en pause la vidéo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="193" />
        <source>Play &amp;current cue</source>
        <translation>Lire le sous-titre &amp;actuel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="195" />
        <source>Play the current cue from its start to its end</source>
        <translation>Lire le sous-titre actuel du début à la fin</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="196" />
        <source>Set cue &amp;start at playhead</source>
        <translation>Placer le &amp;début à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="198" />
        <source>The current cue starts at the playhead</source>
        <translation>Le sous-titre actuel commence à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="199" />
        <source>Set cue &amp;end at playhead</source>
        <translation>Placer la &amp;fin à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="201" />
        <source>The current cue ends at the playhead</source>
        <translation>Le sous-titre actuel se termine à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="202" />
        <source>Start one frame earlier</source>
        <translation>Début une image plus tôt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="204" />
        <source>Start one frame later</source>
        <translation>Début une image plus tard</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="206" />
        <source>End one frame earlier</source>
        <translation>Fin une image plus tôt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="208" />
        <source>End one frame later</source>
        <translation>Fin une image plus tard</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="210" />
        <source>Start 100 ms earlier</source>
        <translation>Début 100 ms plus tôt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="212" />
        <source>Start 100 ms later</source>
        <translation>Début 100 ms plus tard</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="214" />
        <source>End 100 ms earlier</source>
        <translation>Fin 100 ms plus tôt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="216" />
        <source>End 100 ms later</source>
        <translation>Fin 100 ms plus tard</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="218" />
        <source>S&amp;lower</source>
        <translation>Plus &amp;lent</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="219" />
        <source>Play more slowly (down to 0.5×)</source>
        <translation>Lire plus lentement (jusqu'à 0,5×)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="220" />
        <source>&amp;Faster</source>
        <translation>Plus &amp;rapide</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="221" />
        <source>Play faster (up to 2×)</source>
        <translation>Lire plus vite (jusqu'à 2×)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="329" />
        <source>Audio only: no picture in this media.</source>
        <translation>Audio seul : ce média n'a pas d'image.</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="34" />
        <source>This video is AV1, which this workstation cannot decode. Ask for an H.264 proxy.</source>
        <extracomment>In English (the tests compare with it); shown translated (``MediaPlayer`` context).</extracomment>
        <translation>Cette vidéo est en AV1, que ce poste de travail ne peut pas décoder. Demandez un proxy H.264.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="198" />
        <source>The media file is missing: {name}</source>
        <extracomment>Playing this long with a video track and no picture means the video cannot be decoded. Once per process: Qt's messages routed, FFmpeg's level set. media opened: (has_audio, has_video)</extracomment>
        <translation>Le fichier média est introuvable : {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="307" />
        <source>the media is not readable.</source>
        <translation>le média est illisible.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="308" />
        <location filename="../../subtitle_desk/ui/media/player.py" line="327" />
        <source>Cannot play {name}: {error}</source>
        <translation>Impossible de lire {name} : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="326" />
        <source>unknown media error.</source>
        <translation>erreur de média inconnue.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="336" />
        <source>{codec} video in {name} shows no picture: this workstation cannot decode it. Ask for an H.264 proxy.</source>
        <translation>La vidéo {codec} de {name} n'affiche aucune image : ce poste de travail ne peut pas la décoder. Demandez un proxy H.264.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="340" />
        <source>The video in {name} shows no picture: this workstation cannot decode it. Ask for an H.264 proxy.</source>
        <translation>La vidéo de {name} n'affiche aucune image : ce poste de travail ne peut pas la décoder. Demandez un proxy H.264.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/paging.py" line="117" />
        <source>Sort by {lower_column}</source>
        <extracomment>The service's record (dict) behind a row. column key -&gt; the service's sort key; columns not listed cannot be sorted. Does the service sort ascending without a prefix (media) or descending (tasks)? Keep each row's display texts once worked out (only when they depend on the record alone). The roles ``role_data`` answers; None: ask it for every role. A page is being fetched (True) or arrived/failed (False): the page shows a busy line. The last fetch failed with this message ("" when it succeeded). Page 0 arrived: (total number of records matching the filters). Each row's display texts (``CACHE_DISPLAY``), None until the row is first painted. How many pages were requested since the last reload (tests and benchmarks read it).</extracomment>
        <translation>Trier par {lower_column}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/paging.py" line="118" />
        <source>{column} (not sortable)</source>
        <translation>{column} (tri impossible)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/paging.py" line="215" />
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="23" />
        <source>As the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="24" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="25" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="50" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="64" />
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="65" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="66" />
        <source>The desktop's font: {family}, {size} pt</source>
        <translation>La police du bureau : {family}, {size} pt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="76" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="77" />
        <source>How often unsaved changes are copied aside, to be restored after a crash</source>
        <translation>Fréquence à laquelle les modifications non enregistrées sont mises de côté, pour être restaurées après un plantage</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="84" />
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="87" />
        <source>Personal word lists…</source>
        <translation>Listes de mots personnelles…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="88" />
        <source>Open the folder of the words you added: {folder}</source>
        <translation>Ouvrir le dossier des mots que vous avez ajoutés : {folder}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="94" />
        <source>Show the audio waveform under the cue table</source>
        <translation>Afficher la forme d'onde audio sous le tableau des sous-titres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="96" />
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="98" />
        <source>Cue text font:</source>
        <translation>Police du texte des sous-titres :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="102" />
        <source>Autosave every:</source>
        <translation>Enregistrement automatique toutes les :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="103" />
        <source>QC preset:</source>
        <translation>Préréglage de contrôle qualité :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="104" />
        <source>For files without a specification of their own</source>
        <translation>Pour les fichiers sans spécification propre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="105" />
        <source>Spelling language:</source>
        <translation>Langue de l'orthographe :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="106" />
        <source>For files that do not say their language</source>
        <translation>Pour les fichiers qui n'indiquent pas leur langue</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="107" />
        <source>Waveform:</source>
        <translation>Forme d'onde :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="121" />
        <source>Dotsub and appearance</source>
        <translation>Dotsub et apparence</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="123" />
        <source>Download subtitles as:</source>
        <translation>Télécharger les sous-titres en :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="124" />
        <source>Colours:</source>
        <translation>Couleurs :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="125" />
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="126" />
        <source>The new language shows when Subtitle Desk next starts</source>
        <translation>La nouvelle langue s'affiche au prochain démarrage de Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="134" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="139" />
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="141" />
        <source>Work folder:</source>
        <translation>Dossier de travail :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="143" />
        <source>Downloaded subtitles being worked on, and files about to be sent.
Empty: the app's data folder. Work already in the old folder
stays there: open it from there (File ▸ Open) to go on with it.</source>
        <translation>Les sous-titres téléchargés en cours et les fichiers sur le point d'être envoyés.
Vide : le dossier de données de l'application. Le travail déjà dans l'ancien dossier
y reste : ouvrez-le depuis là (Fichier ▸ Ouvrir) pour le poursuivre.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="176" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (pas de dictionnaire)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="207" />
        <source>Give the work folder's whole path (or choose it).</source>
        <translation>Indiquez le chemin complet du dossier de travail (ou choisissez-le).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="209" />
        <source>{path} is inside a cache folder, which cleaning tools may empty: choose another place for work.</source>
        <translation>{path} est dans un dossier de cache, que les outils de nettoyage peuvent vider : choisissez un autre endroit pour le travail.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="212" />
        <source>{path} is a file, not a folder.</source>
        <translation>{path} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="247" />
        <source>Keep work in</source>
        <translation>Conserver le travail dans</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="51" />
        <source>Cue</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="51" />
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="52" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="123" />
        <source>Cue {number}: {problem}</source>
        <translation>Sous-titre {number} : {problem}</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="91" />
        <source>Publish subtitles to DatoCMS</source>
        <translation>Publier des sous-titres sur DatoCMS</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="94" />
        <source>Publish &lt;b&gt;{name}&lt;/b&gt; (%n cue(s)) as a WebVTT subtitles track of &lt;b&gt;{video}&lt;/b&gt;.</source>
        <translation><numerusform>Publier &lt;b&gt;{name}&lt;/b&gt; (%n sous-titre) comme piste de sous-titres WebVTT de &lt;b&gt;{video}&lt;/b&gt;.</numerusform><numerusform>Publier &lt;b&gt;{name}&lt;/b&gt; (%n sous-titres) comme piste de sous-titres WebVTT de &lt;b&gt;{video}&lt;/b&gt;.</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="96" />
        <source>Closed captions (SDH: sound effects and speaker names for deaf and hard-of-hearing viewers)</source>
        <translation>Sous-titrage SME (effets sonores et noms des locuteurs pour les spectateurs sourds et malentendants)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="107" />
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="111" />
        <source>WebVTT cannot keep everything in these subtitles:
• {notes}</source>
        <translation>WebVTT ne peut pas conserver tout le contenu de ces sous-titres :
• {notes}</translation>
    </message>
</context>
<context>
    <name>QcPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="32" />
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="203" />
        <source>Reading speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="33" />
        <source>Line too long</source>
        <translation>Ligne trop longue</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="34" />
        <source>Too many lines</source>
        <translation>Trop de lignes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="35" />
        <source>Too short</source>
        <translation>Trop court</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="35" />
        <source>Too long</source>
        <translation>Trop long</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="36" />
        <source>Gap too small</source>
        <translation>Intervalle trop court</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="36" />
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="37" />
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="37" />
        <source>Bad timing</source>
        <translation>Minutage incorrect</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="38" />
        <source>Untranslated</source>
        <translation>Non traduit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="39" />
        <source>Glossary term</source>
        <translation>Terme du glossaire</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="39" />
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="171" />
        <source>The subtitle specification the cues are checked against</source>
        <translation>La spécification de sous-titres utilisée pour la vérification</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="175" />
        <source>Show the problems of one rule</source>
        <translation>Afficher les problèmes d'une règle</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="211" />
        <source>Spec:</source>
        <translation>Spécification :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="236" />
        <source>Load Dotsub spec…</source>
        <translation>Charger une spécification Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="293" />
        <source>All rules ({count})</source>
        <translation>Toutes les règles ({count})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="295" />
        <source>{rule} ({count})</source>
        <translation>{rule} ({count})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="301" />
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="304" />
        <source>✔ No problems</source>
        <translation>✔ Aucun problème</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="308" />
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="310" />
        <source>{rule} {count}</source>
        <translation>{rule} {count}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="312" />
        <source>{problems} in {cues}: {rules}</source>
        <translation>{problems} dans {cues} : {rules}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="313" />
        <source>⚠ %n problem(s)</source>
        <translation><numerusform>⚠ %n problème</numerusform><numerusform>⚠ %n problèmes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="313" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n sous-titre</numerusform><numerusform>%n sous-titres</numerusform></translation>
    </message>
</context>
<context>
    <name>QcProblem</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="39" />
        <source>"{word}"</source>
        <translation>« {word} »</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="52" />
        <source>no text</source>
        <translation>aucun texte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="55" />
        <source>%n lines (limit {limit})</source>
        <translation><numerusform>%n ligne (limite {limit})</numerusform><numerusform>%n lignes (limite {limit})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="59" />
        <source>line {line} has %n characters (limit {limit})</source>
        <translation><numerusform>la ligne {line} compte %n caractère (limite {limit})</numerusform><numerusform>la ligne {line} compte %n caractères (limite {limit})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="61" />
        <source>line has %n characters (limit {limit})</source>
        <translation><numerusform>la ligne compte %n caractère (limite {limit})</numerusform><numerusform>la ligne compte %n caractères (limite {limit})</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="64" />
        <source>ends {ms} ms before it starts</source>
        <translation>se termine {ms} ms avant de commencer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="65" />
        <source>ends when it starts</source>
        <translation>se termine au moment où il commence</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="67" />
        <source>lasts {ms} ms (minimum {limit} ms)</source>
        <translation>dure {ms} ms (minimum {limit} ms)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="69" />
        <source>lasts {ms} ms (maximum {limit} ms)</source>
        <translation>dure {ms} ms (maximum {limit} ms)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="71" />
        <source>{cps} characters per second (limit {limit})</source>
        <translation>{cps} caractères par seconde (limite {limit})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="74" />
        <source>overlaps the next cue by {ms} ms</source>
        <translation>chevauche le sous-titre suivant de {ms} ms</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="76" />
        <source>{ms} ms gap to the next cue (minimum {limit} ms)</source>
        <translation>intervalle de {ms} ms avec le sous-titre suivant (minimum {limit} ms)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="80" />
        <source>not translated: no text</source>
        <translation>non traduit : aucun texte</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="82" />
        <source>not translated: same text as the source</source>
        <translation>non traduit : même texte que la source</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="85" />
        <source>{list} or {item}</source>
        <translation>{list} ou {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="85" />
        <source>{list}; {item}</source>
        <translation>{list} ; {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="86" />
        <source>{term} should be translated as {translations}</source>
        <translation>{term} devrait être traduit par {translations}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="90" />
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="91" />
        <source>misspelled: {words}</source>
        <translation>mal orthographié : {words}</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="165" />
        <source>an untitled document</source>
        <extracomment>(key) after a recovery was written (recovery, document) when the user accepted</extracomment>
        <translation>un document sans titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="169" />
        <source> (autosaved {time})</source>
        <translation> (enregistré automatiquement le {time})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="172" />
        <source>, %n cue(s)</source>
        <translation><numerusform>, %n sous-titre</numerusform><numerusform>, %n sous-titres</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="193" />
        <source>Restore unsaved changes?</source>
        <translation>Restaurer les modifications non enregistrées ?</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="194" />
        <source>Subtitle Desk did not close normally. Unsaved changes to {recovery} were autosaved.</source>
        <translation>Subtitle Desk ne s'est pas fermé normalement. Les modifications non enregistrées apportées à {recovery} ont été enregistrées automatiquement.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="198" />
        <source>Restore them now? Discarding deletes the autosaved copy.</source>
        <translation>Les restaurer maintenant ? Les abandonner supprime la copie enregistrée automatiquement.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="199" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="200" />
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="201" />
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="217" />
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="218" />
        <source>The autosaved copy is damaged: {error}</source>
        <translation>La copie enregistrée automatiquement est endommagée : {error}</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="49" />
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="52" />
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="54" />
        <source>Remove the stored value when you save</source>
        <translation>Supprimer la valeur enregistrée lors de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="57" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="59" />
        <source>Show what you are typing (never the stored value)</source>
        <translation>Afficher la saisie (jamais la valeur enregistrée)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="86" />
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="110" />
        <source>Will be removed when you save</source>
        <translation>Sera supprimée lors de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="113" />
        <source>Set for this session only</source>
        <translation>Définie pour cette session uniquement</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="113" />
        <source>Stored</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="121" />
        <source>(removed when you save)</source>
        <translation>(supprimée lors de l'enregistrement)</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="36" />
        <source>Send to Dotsub</source>
        <extracomment>``done()`` code of "Review problems".</extracomment>
        <translation>Envoyer à Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="46" />
        <source>{target}&lt;br&gt;{cues} as &lt;tt&gt;{file}&lt;/tt&gt;, saved on this computer first.</source>
        <extracomment>Cues whose text is empty or still the source's. The question asked when the task is marked completed with cues untranslated.</extracomment>
        <translation>{target}&lt;br&gt;{cues} en &lt;tt&gt;{file}&lt;/tt&gt;, enregistrés d'abord sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="47" />
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="63" />
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="77" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n sous-titre</numerusform><numerusform>%n sous-titres</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="62" />
        <source>{problems} in {cues}&lt;/b&gt; against the specification:</source>
        <translation>{problems} dans {cues}&lt;/b&gt; selon la spécification :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="63" />
        <source>⚠ %n QC problem(s)</source>
        <translation><numerusform>⚠ %n problème de qualité</numerusform><numerusform>⚠ %n problèmes de qualité</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="67" />
        <source>✔ No QC problems.</source>
        <translation>✔ Aucun problème de qualité.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="76" />
        <source>%n of {cues} is/are not translated yet</source>
        <translation><numerusform>%n sur {cues} n'est pas encore traduit</numerusform><numerusform>%n sur {cues} ne sont pas encore traduits</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="78" />
        <source> (empty, or still the source's text). Translation ▸ Next untranslated cue (F9) finds them.</source>
        <translation> (vides, ou encore le texte de la source). Traduction ▸ Sous-titre non traduit suivant (F9) les trouve.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="82" />
        <source>Mark the task &amp;completed</source>
        <translation>Marquer la tâche comme &amp;terminée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="86" />
        <source>These subtitles were not opened from a task</source>
        <translation>Ces sous-titres n'ont pas été ouverts depuis une tâche</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="89" />
        <source>Task {task} is completed already</source>
        <translation>La tâche {task} est déjà terminée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="93" />
        <source>Task {task} moves on in the workflow once the subtitles are in</source>
        <translation>La tâche {task} avance dans le flux de travail une fois les sous-titres reçus</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="98" />
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="98" />
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="103" />
        <source>&amp;Review problems</source>
        <translation>&amp;Revoir les problèmes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="127" />
        <source>Complete the task?</source>
        <translation>Terminer la tâche ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="128" />
        <source>%n cue(s) is/are not translated yet. Mark the task completed anyway?</source>
        <translation><numerusform>%n sous-titre n'est pas encore traduit. Marquer quand même la tâche comme terminée ?</numerusform><numerusform>%n sous-titres ne sont pas encore traduits. Marquer quand même la tâche comme terminée ?</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="131" />
        <source>A completed task goes on to the next step of the workflow.</source>
        <translation>Une tâche terminée passe à l'étape suivante du flux de travail.</translation>
    </message>
</context>
<context>
    <name>ServiceSettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="140" />
        <source>{service} account</source>
        <translation>Compte {service}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="151" />
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="170" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="232" />
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
</context>
<context>
    <name>SetupPrompt</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/widgets.py" line="66" />
        <source>Set up {service}…</source>
        <translation>Configurer {service}…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/widgets.py" line="85" />
        <source>Open the Settings menu to set up {service}</source>
        <translation>Ouvrez le menu Paramètres pour configurer {service}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../subtitle_desk/ui/app.py" line="177" />
        <source>Restored unsaved changes to {name}</source>
        <extracomment>Things to close at exit (emulator servers, HTTP clients), closed in reverse order.</extracomment>
        <translation>Modifications non enregistrées de {name} restaurées</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/app.py" line="194" />
        <source>Operation failed</source>
        <translation>Échec de l'opération</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/app.py" line="224" />
        <source>Demo services on this computer: {services}</source>
        <translation>Services de démonstration sur cet ordinateur : {services}</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="23" />
        <source>Shift times</source>
        <translation>Décaler les temps</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="26" />
        <source>Seconds (1.5) or a time (0:00:01.500)</source>
        <translation>Secondes (1,5) ou un temps (0:00:01.500)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="27" />
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="28" />
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="30" />
        <source>Only the %n selected cue(s)</source>
        <translation><numerusform>Seulement le sous-titre sélectionné</numerusform><numerusform>Seulement les %n sous-titres sélectionnés</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="39" />
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="40" />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="94" />
        <source>Window</source>
        <extracomment>Where a submenu's name joins its menu's in a group name ("Quality ▸ Specification").</extracomment>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="103" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="106" />
        <source>Find a command or a key</source>
        <translation>Rechercher une commande ou une touche</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="109" />
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="109" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="47" />
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="90" />
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="92" />
        <source>Source</source>
        <extracomment>"Copy to cue" was clicked: the current cue should take ``source_text()``. Rows of the source cues shown now, and whether they overlap the current cue.</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="61" />
        <source>No source cue at this time</source>
        <translation>Aucun sous-titre source à ce moment</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="68" />
        <source>Copy to cue</source>
        <translation>Copier dans le sous-titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="69" />
        <source>Replace the current cue's text with this source text (names, numbers, on-screen text); undoable</source>
        <translation>Remplacer le texte du sous-titre actuel par ce texte source (noms, nombres, texte à l'écran) ; annulable</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="91" />
        <source>{language} (source, read-only)</source>
        <translation>{language} (source, lecture seule)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="93" />
        <source>{count} cues in the source language</source>
        <translation>{count} sous-titres dans la langue source</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="164" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="165" />
        <source>“{term}”: use {translations}</source>
        <translation>« {term} » : utiliser {translations}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="167" />
        <source>“{term}”: in the glossary, without an approved translation</source>
        <translation>« {term} » : dans le glossaire, sans traduction approuvée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="213" />
        <source>No source cue at this time; nearest:</source>
        <translation>Aucun sous-titre source à ce moment ; les plus proches :</translation>
    </message>
</context>
<context>
    <name>SpecPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="25" />
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="25" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="26" />
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="26" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="27" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="27" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="28" />
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="28" />
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="29" />
        <source>Speaker id</source>
        <translation>ID du locuteur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="29" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="30" />
        <source>New line per speaker</source>
        <translation>Nouvelle ligne par locuteur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="31" />
        <source>Double chevron (&gt;&gt;)</source>
        <translation>Double chevron (&gt;&gt;)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="32" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="33" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="34" />
        <source>Dash per speaker (-)</source>
        <translation>Tiret par locuteur (-)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="39" />
        <source>spoken audio</source>
        <extracomment>What the spec asks to transcribe: (the Dotsub record's field, its name in the panel).</extracomment>
        <translation>paroles prononcées</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="40" />
        <source>on-screen text</source>
        <translation>texte à l'écran</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="41" />
        <source>audio description</source>
        <translation>audiodescription</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="61" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="68" />
        <source>Lines per cue</source>
        <translation>Lignes par sous-titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="70" />
        <source>Characters per line</source>
        <translation>Caractères par ligne</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="72" />
        <source>Reading speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="73" />
        <source>{value} characters/s</source>
        <translation>{value} caractères/s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="74" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="77" />
        <source>Minimum gap</source>
        <translation>Intervalle minimal</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="78" />
        <source>{value} ms</source>
        <translation>{value} ms</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="80" />
        <source>Speaker identification</source>
        <translation>Identification des locuteurs</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="82" />
        <source>Dialogue style</source>
        <translation>Style des dialogues</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="85" />
        <source>Transcribe</source>
        <translation>À transcrire</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="114" />
        <source>No task specification.</source>
        <translation>Aucune spécification de tâche.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="115" />
        <source>QC checks against {spec}.</source>
        <translation>Le contrôle qualité vérifie selon {spec}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="117" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="134" />
        <source>Media notes</source>
        <translation>Notes sur le média</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="120" />
        <source>all languages</source>
        <translation>toutes les langues</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="123" />
        <source>Dotsub spec {id}</source>
        <translation>Spécification Dotsub {id}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="126" />
        <source>(disabled)</source>
        <translation>(désactivée)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="132" />
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="137" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SubtitleOpener</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/opener.py" line="63" />
        <source>Opening task {task}: {what}</source>
        <extracomment>Something is being opened: (what, shown in the page's status line) The editor has it: (WorkSession) Opening failed with the service's message The last session handed to the editor (tests and the smoke test read it).</extracomment>
        <translation>Ouverture de la tâche {task} : {what}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/opener.py" line="70" />
        <source>Opening {what}</source>
        <translation>Ouverture de {what}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/opener.py" line="77" />
        <source>Opening {what}…</source>
        <translation>Ouverture de {what}…</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="79" />
        <source>{count} min</source>
        <translation>{count} min</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="81" />
        <source>{count} h</source>
        <translation>{count} h</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="83" />
        <source>{count} d</source>
        <translation>{count} j</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="85" />
        <source>{amount} overdue</source>
        <translation>en retard de {amount}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="86" />
        <source>in {amount}</source>
        <translation>dans {amount}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="91" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="93" />
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="95" />
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="96" />
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="100" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="100" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="101" />
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="102" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="103" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="104" />
        <source>Assignee</source>
        <translation>Assigné</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="105" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="106" />
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="107" />
        <source>Media ID</source>
        <translation>ID du média</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="108" />
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="109" />
        <source>Task ID</source>
        <translation>ID de la tâche</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="131" />
        <source>Loading Dotsub tasks</source>
        <extracomment>"Now" for the highlighting; refreshed on every reload (tests may pin it). Task id -&gt; the progress of its translation on this computer (see ``local_progress``).</extracomment>
        <translation>Chargement des tâches Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="197" />
        <source>Dotsub: {value} % done</source>
        <translation>Dotsub : {value} % effectués</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="200" />
        <source>On this computer: {progress}</source>
        <translation>Sur cet ordinateur : {progress}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="204" />
        <source>Task {task}: {type} {language}</source>
        <translation>Tâche {task} : {type} {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="208" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="210" />
        <source>Due within 24 hours</source>
        <translation>Échéance dans les 24 heures</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="52" />
        <source>Group</source>
        <extracomment>A task due within this time is "almost due". The light theme's row tints; rows take the scheme's own (``palette_colors()``) when drawn. The assignee types as the filter shows them (translated where shown).</extracomment>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="52" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="53" />
        <source>Asr</source>
        <translation>Reconnaissance vocale</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="53" />
        <source>Mt</source>
        <translation>Traduction automatique</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="54" />
        <source>Tts</source>
        <translation>Synthèse vocale</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="54" />
        <source>Burn In</source>
        <translation>Incrustation</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="55" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="279" />
        <source>Search media titles (Ctrl+F)</source>
        <extracomment>The saved language filter, until the language list arrives. The task the footer describes (forgotten when it leaves the list). The "accept it first?" question of the last Open (tests read it). (target, marks, source mtimes) -&gt; progress, so unchanged work is not read again.</extracomment>
        <translation>Rechercher dans les titres des médias (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="282" />
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="287" />
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="290" />
        <source>Not completed</source>
        <translation>Non terminées</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="290" />
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="290" />
        <source>Completed or not</source>
        <translation>Terminées ou non</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="294" />
        <source>Accepted or not</source>
        <translation>Acceptées ou non</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="294" />
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="294" />
        <source>Not accepted</source>
        <translation>Non acceptées</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="296" />
        <source>Due from</source>
        <translation>Échéance du</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="297" />
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="317" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="299" />
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="301" />
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="302" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="304" />
        <source>Load the task list again (F5)</source>
        <translation>Recharger la liste des tâches (F5)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="306" />
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="307" />
        <source>Assignee name</source>
        <translation>Nom de l'assigné</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="310" />
        <source>Any assignee type</source>
        <translation>Tout type d'assigné</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="313" />
        <source>Media ID</source>
        <translation>ID du média</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="314" />
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="315" />
        <source>Created since</source>
        <translation>Créées depuis</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="316" />
        <source>Completed from</source>
        <translation>Terminées depuis</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="664" />
        <source>Loading tasks…</source>
        <translation>Chargement des tâches…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="343" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="345" />
        <source>Download the subtitles, spec and video and open them in the editor (Enter)</source>
        <translation>Télécharger les sous-titres, la spécification et la vidéo et les ouvrir dans l'éditeur (Entrée)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="347" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="349" />
        <source>Take the task: Dotsub assigns it to you</source>
        <translation>Prendre la tâche : Dotsub vous l'assigne</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="350" />
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="352" />
        <source>Give the task back to its original assignee</source>
        <translation>Rendre la tâche à son assigné d'origine</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="356" />
        <source>The subtitle format to download from Dotsub</source>
        <translation>Le format de sous-titres à télécharger depuis Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="363" />
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="369" />
        <source>Dotsub tasks</source>
        <translation>Tâches Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="376" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="377" />
        <source>Due within 24 hours</source>
        <translation>Échéance dans les 24 heures</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="378" />
        <source>Due dates in local time</source>
        <translation>Échéances en heure locale</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="414" />
        <source>Opened {title}</source>
        <translation>{title} ouvert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="411" />
        <source>Find tasks by title</source>
        <translation>Rechercher des tâches par titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="411" />
        <source>Load the task list again</source>
        <translation>Recharger la liste des tâches</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="518" />
        <source>Accept the task?</source>
        <translation>Accepter la tâche ?</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="519" />
        <source>Nobody has accepted task {task} ({description}) yet. Accept it before you open it?</source>
        <translation>Personne n'a encore accepté la tâche {task} ({description}). L'accepter avant de l'ouvrir ?</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="523" />
        <source>Dotsub then assigns it to you, so nobody else starts on it.</source>
        <translation>Dotsub vous l'assigne alors, et personne d'autre ne la commence.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="524" />
        <source>&amp;Accept and open</source>
        <translation>&amp;Accepter et ouvrir</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="526" />
        <source>&amp;Open without accepting</source>
        <translation>&amp;Ouvrir sans accepter</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="556" />
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="564" />
        <source>Accepting task {task} ({title})</source>
        <translation>Acceptation de la tâche {task} ({title})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="565" />
        <source>Releasing task {task} ({title})</source>
        <translation>Libération de la tâche {task} ({title})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="576" />
        <source>Accepting task {task} failed: {error}</source>
        <translation>L'acceptation de la tâche {task} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="577" />
        <source>Releasing task {task} failed: {error}</source>
        <translation>La libération de la tâche {task} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="581" />
        <source>Task {task} accepted: it is yours now</source>
        <translation>Tâche {task} acceptée : elle est à vous maintenant</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="582" />
        <source>Task {task} released</source>
        <translation>Tâche {task} libérée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="640" />
        <source>{task} · {progress} on this computer</source>
        <translation>{task} · {progress} sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="664" />
        <source>Loading more tasks…</source>
        <translation>Chargement d'autres tâches…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="665" />
        <source>The task list could not be loaded: {error}</source>
        <translation>La liste des tâches n'a pas pu être chargée : {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="674" />
        <source>%n task(s)</source>
        <translation><numerusform>%n tâche</numerusform><numerusform>%n tâches</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="675" />
        <source>{shown} of %n task(s) shown</source>
        <translation><numerusform>{shown} sur %n tâche affichées</numerusform><numerusform>{shown} sur %n tâches affichées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="676" />
        <source>, %n overdue</source>
        <translation><numerusform>, %n en retard</numerusform><numerusform>, %n en retard</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="666" />
        <source>The task list could not be loaded. See the message above; Retry when the problem is fixed.</source>
        <translation>La liste des tâches n'a pas pu être chargée. Voir le message ci-dessus ; Réessayer une fois le problème résolu.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="668" />
        <source>Loading tasks from Dotsub…</source>
        <translation>Chargement des tâches depuis Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="669" />
        <source>No tasks match these filters.
Choose “Completed or not”, widen the due dates, or Clear filters.</source>
        <translation>Aucune tâche ne correspond à ces filtres.
Choisissez « Terminées ou non », élargissez les échéances ou Effacez les filtres.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="737" />
        <source>Task {task}: {type} {language}</source>
        <translation>Tâche {task} : {type} {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="741" />
        <source>from {language}</source>
        <translation>depuis {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="743" />
        <source>assigned to {name}</source>
        <translation>assignée à {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="745" />
        <source>error: {error}</source>
        <translation>erreur : {error}</translation>
    </message>
</context>
<context>
    <name>TimeParseError</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/timefmt.py" line="55" />
        <source>'{text}' is not a time: expected H:MM:SS.mmm, MM:SS.mmm or seconds</source>
        <translation>« {text} » n'est pas un temps : format attendu H:MM:SS.mmm, MM:SS.mmm ou secondes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/timefmt.py" line="60" />
        <source>'{text}' is not a time: minutes and seconds go up to 59</source>
        <translation>« {text} » n'est pas un temps : les minutes et les secondes vont jusqu'à 59</translation>
    </message>
</context>
<context>
    <name>TrackForm</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="52" />
        <source>Shown in the player's subtitle menu</source>
        <extracomment>language id -&gt; track name</extracomment>
        <translation>Affiché dans le menu des sous-titres du lecteur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="56" />
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="57" />
        <source>Track name:</source>
        <translation>Nom de la piste :</translation>
    </message>
</context>
<context>
    <name>TracksModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="131" />
        <source>Language</source>
        <extracomment>Set by the controller: called when the view wants the next page.</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="132" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="133" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="134" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="184" />
        <source>SDH</source>
        <translation>SME</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="135" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="136" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="181" />
        <source>Subtitles</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="182" />
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="197" />
        <source>Closed captions (subtitles for the deaf and hard of hearing)</source>
        <translation>Sous-titrage SME (sous-titres pour sourds et malentendants)</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="31" />
        <source>Playhead position</source>
        <translation>Position de lecture</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="38" />
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="58" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="58" />
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
</context>
<context>
    <name>UploadForm</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="37" />
        <source>A title is required.</source>
        <extracomment>Dotsub's rule for media titles (letters and digits in any script, spaces and ()_-,.).</extracomment>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="39" />
        <source>The title is {length} characters long; keep it to {limit}.</source>
        <translation>Le titre compte {length} caractères ; limitez-le à {limit}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="45" />
        <source>The title “{title}” has characters Dotsub does not allow: {characters}. Use letters, digits, spaces and ( ) _ - , . only.</source>
        <translation>Le titre « {title} » contient des caractères que Dotsub n'accepte pas : {characters}. Utilisez uniquement des lettres, des chiffres, des espaces et ( ) _ - , .</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="54" />
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="75" />
        <source>File</source>
        <extracomment>Ask the page to (re)load projects and languages.</extracomment>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="75" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="75" />
        <source>Title on Dotsub</source>
        <translation>Titre sur Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="88" />
        <source>Drop video files here, or use Add files…</source>
        <translation>Déposez des fichiers vidéo ici ou utilisez Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="93" />
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="95" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="101" />
        <source>Choose a project…</source>
        <translation>Choisir un projet…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="113" />
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="114" />
        <source>Load the projects and languages from Dotsub again</source>
        <translation>Recharger les projets et les langues depuis Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="117" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="118" />
        <source>Language spoken</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="119" />
        <source>Translate into</source>
        <translation>Traduire en</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="130" />
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="327" />
        <source>Upload</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="183" />
        <source>Videos to upload to Dotsub</source>
        <translation>Vidéos à envoyer à Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="184" />
        <source>Video and audio ({patterns});;All files (*)</source>
        <translation>Vidéo et audio ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="273" />
        <source>Add at least one video file.</source>
        <translation>Ajoutez au moins un fichier vidéo.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="275" />
        <source>Choose the Dotsub project the videos go to.</source>
        <translation>Choisissez le projet Dotsub qui recevra les vidéos.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="276" />
        <source>Choose a Dotsub project (none loaded yet).</source>
        <translation>Choisissez un projet Dotsub (aucun chargé pour l'instant).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="280" />
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="327" />
        <source>Upload %n file(s)</source>
        <translation><numerusform>Envoyer %n fichier</numerusform><numerusform>Envoyer %n fichiers</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="330" />
        <source>Choose the Dotsub project first</source>
        <translation>Choisissez d'abord le projet Dotsub</translation>
    </message>
</context>
<context>
    <name>UploadQueue</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="47" />
        <source>Queued</source>
        <translation>En file d'attente</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="48" />
        <source>Creating media</source>
        <translation>Création du média</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="49" />
        <source>Uploading</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="50" />
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="51" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="52" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="53" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="107" />
        <source>{sent} of {total}</source>
        <extracomment>What the remote media is in, in words ("Dotsub lists media 12 as a pending upload ...").</extracomment>
        <translation>{sent} sur {total}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="130" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="130" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="131" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="131" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="132" />
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="132" />
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="133" />
        <source>On Dotsub</source>
        <translation>Sur Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="196" />
        <source>Nothing was sent to Dotsub.</source>
        <extracomment>(job) whenever a job's state, progress or remote state changes. How many files upload at once. The engine's own retries of a dropped connection / 5xx within one run, and its backoff.</extracomment>
        <translation>Rien n'a été envoyé à Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="224" />
        <source>Deleting media {media} failed: {error}</source>
        <translation>La suppression du média {media} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="228" />
        <source>Media {media} was deleted from Dotsub.</source>
        <translation>Le média {media} a été supprimé de Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="232" />
        <source>Deleting Dotsub media {media} ({file})</source>
        <translation>Suppression du média Dotsub {media} ({file})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="262" />
        <source>Uploading {file} to Dotsub</source>
        <translation>Envoi de {file} à Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="267" />
        <source>Creating the media on Dotsub…</source>
        <translation>Création du média sur Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="319" />
        <source>{rate}/s, {time} left</source>
        <translation>{rate}/s, reste {time}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="320" />
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="321" />
        <source>{progress}, {pace} (attempt {attempt})</source>
        <translation>{progress}, {pace} (tentative {attempt})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="322" />
        <source>{progress}, {pace}</source>
        <translation>{progress}, {pace}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="334" />
        <source>Media {media} in project {project}: {status}.</source>
        <translation>Média {media} dans le projet {project} : {status}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="337" />
        <source>{size} sent; media {media}</source>
        <translation>{size} envoyés ; média {media}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="346" />
        <source>No media was created on Dotsub.</source>
        <translation>Aucun média n'a été créé sur Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="348" />
        <source>Dotsub lists the upload of media {media} as {status}: Retry uploads it again.</source>
        <translation>Dotsub indique l'envoi du média {media} comme « {status} » : Réessayer l'envoie de nouveau.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="357" />
        <source>Cancelled before Dotsub answered: if a media was created, it has no video (look for the title in Media).</source>
        <translation>Annulé avant la réponse de Dotsub : si un média a été créé, il n'a pas de vidéo (cherchez le titre dans Médias).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="359" />
        <source>Media {media} stays on Dotsub as a pending upload without a video: Retry uploads it again, Delete media removes it.</source>
        <translation>Le média {media} reste sur Dotsub comme envoi en attente sans vidéo : Réessayer l'envoie de nouveau, Supprimer le média le retire.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="370" />
        <source>Media {media} is no longer on Dotsub.</source>
        <translation>Le média {media} n'est plus sur Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="379" />
        <source>Dotsub lists media {media} as a pending upload ({status}, {percent} %) without a video: Retry uploads it again, Delete media removes it.</source>
        <translation>Dotsub indique le média {media} comme envoi en attente ({status}, {percent} %) sans vidéo : Réessayer l'envoie de nouveau, Supprimer le média le retire.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="383" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="384" />
        <source>Dotsub lists the upload of media {media} as {status}.</source>
        <translation>Dotsub indique l'envoi du média {media} comme « {status} ».</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="439" />
        <source>Failed: {error}</source>
        <translation>Échec : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="441" />
        <source>Uploading (attempt {attempt})</source>
        <translation>Envoi en cours (tentative {attempt})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="452" />
        <source>Media {media}</source>
        <translation>Média {media}</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="45" />
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="46" />
        <source>&amp;Upload</source>
        <translation>&amp;Envoi</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="48" />
        <source>Upload &amp;videos to Dotsub…</source>
        <translation>Envoyer des &amp;vidéos à Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="51" />
        <source>Show &amp;uploads</source>
        <translation>Afficher les &amp;envois</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="53" />
        <source>&amp;Cancel all uploads</source>
        <translation>&amp;Annuler tous les envois</translation>
    </message>
</context>
<context>
    <name>UploadsModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="72" />
        <source>Video</source>
        <extracomment>The record (Upload, Track or JobEntry) behind a row. A track status's colour: a ThemeColors name, looked up in the scheme on screen when drawn.</extracomment>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="73" />
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="74" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="75" />
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="158" />
        <source>Upload videos to Dotsub</source>
        <translation>Envoyer des vidéos à Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="160" />
        <source>Uploads</source>
        <translation>Envois</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="196" />
        <source>Loading projects and languages from Dotsub…</source>
        <translation>Chargement des projets et des langues depuis Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="199" />
        <source>Loading Dotsub projects and languages</source>
        <translation>Chargement des projets et des langues Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="210" />
        <source>Could not load the projects and languages: {error}</source>
        <translation>Impossible de charger les projets et les langues : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="221" />
        <source>{projects} projects, {languages} languages in your organization.</source>
        <translation>{projects} projets, {languages} langues dans votre organisation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="243" />
        <source>Uploading %n file(s) to Dotsub</source>
        <translation><numerusform>Envoi de %n fichier à Dotsub</numerusform><numerusform>Envoi de %n fichiers à Dotsub</numerusform></translation>
    </message>
</context>
<context>
    <name>UploadsPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="69" />
        <source>No uploads yet. Add video files above and press Upload.</source>
        <translation>Aucun envoi pour l'instant. Ajoutez des fichiers vidéo ci-dessus et cliquez sur Envoyer.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="76" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="78" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="80" />
        <source>Delete media on Dotsub</source>
        <translation>Supprimer le média sur Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="82" />
        <source>Remove the media a failed or cancelled upload left on Dotsub</source>
        <translation>Supprimer le média laissé sur Dotsub par un envoi échoué ou annulé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="83" />
        <source>Clear finished</source>
        <translation>Effacer les envois terminés</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="130" />
        <source>{file} → “{title}”: {state}</source>
        <translation>{file} → « {title} » : {state}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="140" />
        <source>{active} uploading, {queued} queued (at most {parallel} at a time)</source>
        <translation>{active} en cours d'envoi, {queued} en attente ({parallel} au maximum à la fois)</translation>
    </message>
</context>
<context>
    <name>UploadsQuitQuestion</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="253" />
        <source>Uploads still running</source>
        <translation>Envois en cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="266" />
        <source>%n upload(s) to Dotsub not finished. Quitting cancels it/them; media already created stay on Dotsub as pending uploads without a video.

Quit anyway?</source>
        <translation><numerusform>L'envoi vers Dotsub n'est pas terminé. Quitter l'annule ; les médias déjà créés restent sur Dotsub comme envois en attente sans vidéo.

Quitter quand même ?</numerusform><numerusform>%n envois vers Dotsub ne sont pas terminés. Quitter les annule ; les médias déjà créés restent sur Dotsub comme envois en attente sans vidéo.

Quitter quand même ?</numerusform></translation>
    </message>
</context>
<context>
    <name>VideoCache</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/videos.py" line="105" />
        <source>The video was not saved: {error}</source>
        <extracomment>Await a video download up to this size before opening the editor; bigger ones open with the URL. Resolves to the size in bytes (None when the host does not say) once headers arrive.</extracomment>
        <translation>La vidéo n'a pas été enregistrée : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/videos.py" line="114" />
        <source>Downloading the video of {title}</source>
        <translation>Téléchargement de la vidéo de {title}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/videos.py" line="116" />
        <source>Downloading the video</source>
        <translation>Téléchargement de la vidéo</translation>
    </message>
</context>
<context>
    <name>WaveformLoader</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="35" />
        <source>This media has no audio track, so there is no waveform.</source>
        <extracomment>In English; shown as ``QCoreApplication.translate("WaveformLoader", NO_AUDIO_MESSAGE)``.</extracomment>
        <translation>Ce média n'a pas de piste audio, il n'y a donc pas de forme d'onde.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="162" />
        <source>The audio could not be decoded.</source>
        <extracomment>Enough for a faithful envelope at 100 buckets/s, and 3x less work than 48 kHz.</extracomment>
        <translation>L'audio n'a pas pu être décodé.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="214" />
        <source>The media file is missing: {name}</source>
        <extracomment>True once ``loaded`` came from the disk cache rather than a decode (for tests/UI).</extracomment>
        <translation>Le fichier média est introuvable : {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="254" />
        <source>The media could not be opened.</source>
        <translation>Le média n'a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform.py" line="547" />
        <source>Decoding audio… {percent}%</source>
        <extracomment>a cue region was double-clicked</extracomment>
        <translation>Décodage de l'audio… {percent} %</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="102" />
        <source>The kept cues could not be read ({error}): none are kept</source>
        <extracomment>Progress is worked out again this long after the last change (typing stays instant). the source or the kept marks changed (None: every row; else the rows) the glossary in force changed: (GlossaryMatcher or None) the spell checker in force changed: (SpellChecker or None) words were added to the dictionary or ignored: underlines are re-checked the translation progress: (core.translation.Progress or None) a status-bar message The language spelling is checked in (None: off), and why it is not, when it is not.</extracomment>
        <translation>Les sous-titres conservés n'ont pas pu être lus ({error}) : aucun n'est conservé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="164" />
        <source>The kept cues could not be saved: {error}</source>
        <translation>Les sous-titres conservés n'ont pas pu être enregistrés : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="242" />
        <source>No spelling dictionary for {language}: spelling is not checked</source>
        <translation>Aucun dictionnaire orthographique pour {language} : l'orthographe n'est pas vérifiée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="248" />
        <source>Spelling is not checked: {error}</source>
        <translation>L'orthographe n'est pas vérifiée : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="257" />
        <source>Spelling checked in {language}</source>
        <translation>Orthographe vérifiée en {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="261" />
        <source>Loading the {language} spelling dictionary</source>
        <translation>Chargement du dictionnaire orthographique {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="270" />
        <source>“{word}” could not be added to the dictionary: {error}</source>
        <translation>« {word} » n'a pas pu être ajouté au dictionnaire : {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="272" />
        <source>“{word}” added to your {dictionary} dictionary</source>
        <translation>« {word} » ajouté à votre dictionnaire {dictionary}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="280" />
        <source>“{word}” ignored until Subtitle Desk closes</source>
        <translation>« {word} » ignoré jusqu'à la fermeture de Subtitle Desk</translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="112" />
        <source>✔ Done</source>
        <translation>✔ Terminé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="112" />
        <source>✖ Failed</source>
        <translation>✖ Échec</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="113" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="145" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="149" />
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="150" />
        <source>  ·  running for {time}</source>
        <translation>  ·  en cours depuis {time}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="153" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="156" />
        <source>Done after {time}</source>
        <translation>Terminé après {time}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="157" />
        <source>Cancelled after {time}</source>
        <translation>Annulé après {time}</translation>
    </message>
</context>
<context>
    <name>cielo24</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="35" />
        <source>c&amp;ielo24</source>
        <translation>c&amp;ielo24</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="36" />
        <source>&amp;Jobs</source>
        <translation>&amp;Travaux</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="37" />
        <source>&amp;New job…</source>
        <translation>&amp;Nouveau travail…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="39" />
        <source>Add &amp;media to the selected job…</source>
        <translation>Ajouter un &amp;média au travail sélectionné…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="41" />
        <source>Request &amp;transcription…</source>
        <translation>Demander une &amp;transcription…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="43" />
        <source>&amp;Open captions in editor</source>
        <translation>&amp;Ouvrir les sous-titres dans l'éditeur</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="45" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../subtitle_desk/ui/i18n.py" line="47" />
        <source>Follow the system</source>
        <extracomment>The compiled .qm files the app loads (package data). The .ts sources, in a checkout (not in an installed or bundled app). The languages the interface speaks, each named in itself.</extracomment>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="26" />
        <source>waiting for the video file</source>
        <extracomment>Dotsub's ``uploadDetail.status`` of a media, as the end of "The upload is …" (shown translated by ``upload_status``).</extracomment>
        <translation>en attente du fichier vidéo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="27" />
        <source>uploading</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="28" />
        <source>uploaded; Dotsub is encoding it</source>
        <translation>envoyé ; Dotsub l'encode</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="29" />
        <source>uploaded</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="30" />
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="31" />
        <source>encoded</source>
        <translation>encodé</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="32" />
        <source>processed</source>
        <translation>traité</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="40" />
        <source>subtitles</source>
        <extracomment>Statuses that mean Dotsub still waits for the video (Retry sends it, Delete removes the media). DatoCMS's track ``status``.</extracomment>
        <translation>sous-titres</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="40" />
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="48" />
        <source>Caption</source>
        <extracomment>For pyside6-lupdate: the names core.work.dotsub.TASK_TYPE_LABELS gives (the core has no Qt), and the other tables' names shown on their own; ``translated`` shows them in the user's language.</extracomment>
        <translation>Sous-titrage</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="48" />
        <source>Pivot translate</source>
        <translation>Traduction pivot</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="49" />
        <source>Direct translate</source>
        <translation>Traduction directe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="49" />
        <source>Translate</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="50" />
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="50" />
        <source>Post-editing</source>
        <translation>Post-édition</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="51" />
        <source>Proofreading</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="51" />
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="52" />
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="52" />
        <source>Burn-in</source>
        <translation>Incrustation</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="52" />
        <source>Push</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="53" />
        <source>Text to speech</source>
        <translation>Synthèse vocale</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="54" />
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="54" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="54" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="55" />
        <source>Mechanical</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="55" />
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="56" />
        <source>Professional</source>
        <translation>Professionnelle</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="56" />
        <source>External</source>
        <translation>Externe</translation>
    </message>
</context>
</TS>