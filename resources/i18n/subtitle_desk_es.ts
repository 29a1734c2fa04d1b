<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="21" />
        <source>Media, tasks and subtitles in Dotsub VideoTMS; video uploads.</source>
        <translation>Medios, tareas y subtítulos en Dotsub VideoTMS; subida de vídeos.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="22" />
        <source>Subtitle tracks on videos in the DatoCMS Media Area.</source>
        <translation>Pistas de subtítulos de los vídeos del área de medios de DatoCMS.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="23" />
        <source>Transcription and caption jobs at cielo24.</source>
        <translation>Trabajos de transcripción y subtitulado en cielo24.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="41" />
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="102" />
        <source>Set up…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="42" />
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="60" />
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="89" />
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="95" />
        <source>These are the built-in local demo services on this computer; changes here last for this session only.</source>
        <translation>Estos son los servicios de demostración locales integrados en este equipo; los cambios aquí solo duran esta sesión.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="101" />
        <source>Not set up.</source>
        <translation>Sin configurar.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="102" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="112" />
        <source>Client {client} at {url}</source>
        <translation>Cliente {client} en {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="115" />
        <source>API token, {environment} environment, at {url}</source>
        <translation>Token de API, entorno {environment}, en {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="118" />
        <source>API token, primary environment, at {url}</source>
        <translation>Token de API, entorno principal, en {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="120" />
        <source>User {user} at {url}</source>
        <translation>Usuario {user} en {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="122" />
        <source>Set up: {account}.</source>
        <translation>Configurado: {account}.</translation>
    </message>
</context>
<context>
    <name>ActivityDock</name>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="327" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="197" />
        <source>Nothing has run yet. Downloads, uploads and checks appear here.</source>
        <translation>Aún no se ha ejecutado nada. Las descargas, subidas y comprobaciones aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="204" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="205" />
        <source>Copy the selected operation's message</source>
        <translation>Copiar el mensaje de la operación seleccionada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="207" />
        <source>Running only</source>
        <translation>Solo en curso</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="209" />
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="315" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="212" />
        <source>Cancel all</source>
        <translation>Cancelar todo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="214" />
        <source>Clear finished</source>
        <translation>Quitar las terminadas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="258" />
        <source>{operation} failed: {error}</source>
        <translation>{operation} falló: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="260" />
        <source>{operation}: cancelled after {time}.</source>
        <translation>{operation}: cancelado tras {time}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="263" />
        <source>{operation}: done in {time}.</source>
        <translation>{operation}: hecho en {time}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="266" />
        <source>{operation}: {detail}</source>
        <translation>{operation}: {detail}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="267" />
        <source>{operation}: working…</source>
        <translation>{operation}: en curso…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="318" />
        <source>Copy message</source>
        <translation>Copiar el mensaje</translation>
    </message>
</context>
<context>
    <name>BatchPublishDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="140" />
        <source>Publish a Dotsub media's languages</source>
        <extracomment>The user searched: (title text, may be empty for the most recent media)</extracomment>
        <translation>Publicar los idiomas de un medio de Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="143" />
        <source>Every finished language of the Dotsub media you pick becomes a subtitles track of &lt;b&gt;{video}&lt;/b&gt;.</source>
        <translation>Cada idioma terminado del medio de Dotsub que elija se convierte en una pista de subtítulos de &lt;b&gt;{video}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="148" />
        <source>Dotsub media title</source>
        <translation>Título del medio de Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="150" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="161" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="161" />
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="161" />
        <source>Finished languages</source>
        <translation>Idiomas terminados</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="172" />
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="180" />
        <source>Languages to publish:</source>
        <translation>Idiomas que publicar:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="199" />
        <source>Searching Dotsub…</source>
        <translation>Buscando en Dotsub…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="222" />
        <source>%n media with finished languages (of {total} found; refine the title to see more)</source>
        <translation><numerusform>%n medio con idiomas terminados (de {total} encontrados; precise el título para ver más)</numerusform><numerusform>%n medios con idiomas terminados (de {total} encontrados; precise el título para ver más)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="225" />
        <source>%n media with finished languages</source>
        <translation><numerusform>%n medio con idiomas terminados</numerusform><numerusform>%n medios con idiomas terminados</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="228" />
        <source>No Dotsub media with finished languages matches; try another title.</source>
        <translation>Ningún medio de Dotsub con idiomas terminados coincide; pruebe con otro título.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../subtitle_desk/ui/runner.py" line="407" />
        <source>{operation} (+{count} more)</source>
        <extracomment>0..1, or None while the amount of work is unknown (indeterminate). True while at least one operation is running (drives the busy indicator). The transfers' CPU priority below the window's (Linux nice): on busy CPUs the window comes first. (name, exception) for every run that ended with an exception other than cancellation. (name) when a run finished successfully. Seconds between two refreshes at most (about ten a second).</extracomment>
        <translation>{operation} (+{count} más)</translation>
    </message>
</context>
<context>
    <name>Cielo24Controller</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="101" />
        <source>Loading cielo24 jobs</source>
        <extracomment>The jobs list is loading (True) or done (False). The last list or action failed with this message ("" once things work again). A job's details arrived or changed: (job id) A followed job reached Complete: (job info) A job was created in this session: (job id) Captions were handed to the editor: (WorkSession) Seconds between status checks of a followed job (cielo24 jobs take minutes to days). Caption format fetched to open in the editor.</extracomment>
        <translation>Cargando los trabajos de cielo24</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="141" />
        <source>Untitled job</source>
        <translation>Trabajo sin título</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="144" />
        <source>cielo24: new job “{name}”</source>
        <translation>cielo24: nuevo trabajo «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="149" />
        <source>cielo24: media for “{name}”</source>
        <translation>cielo24: medios para «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="162" />
        <source>cielo24: following “{name}”</source>
        <translation>cielo24: seguimiento de «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="173" />
        <source>cielo24: mechanical transcription of “{name}”</source>
        <translation>cielo24: transcripción mecánica de «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="175" />
        <source>cielo24: premium transcription of “{name}”</source>
        <translation>cielo24: transcripción Premium de «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="177" />
        <source>cielo24: professional transcription of “{name}”</source>
        <translation>cielo24: transcripción profesional de «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="178" />
        <source>cielo24: {fidelity} transcription of “{name}”</source>
        <translation>cielo24: transcripción {fidelity} de «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="196" />
        <source>Creating the job</source>
        <translation>Creando el trabajo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="209" />
        <source>Handing cielo24 the media URL</source>
        <translation>Entregando a cielo24 la URL de los medios</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="210" />
        <source>Adding the media URL</source>
        <translation>Añadiendo la URL de los medios</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="223" />
        <source>Transcription ordered</source>
        <translation>Transcripción solicitada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="223" />
        <source>Media added</source>
        <translation>Medios añadidos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="229" />
        <source>Ordering a mechanical transcription</source>
        <translation>Solicitando una transcripción mecánica</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="231" />
        <source>Ordering a premium transcription</source>
        <translation>Solicitando una transcripción Premium</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="233" />
        <source>Ordering a professional transcription</source>
        <translation>Solicitando una transcripción profesional</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="234" />
        <source>Ordering a {fidelity} transcription</source>
        <translation>Solicitando una transcripción {fidelity}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="245" />
        <source>Uploading {name}</source>
        <translation>Subiendo {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="259" />
        <source>{status}; checking every {seconds} s</source>
        <translation>{status}; se comprueba cada {seconds} s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="268" />
        <source>Complete: captions ready</source>
        <translation>Completado: subtítulos listos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="274" />
        <source>Opening cielo24 captions of “{name}”</source>
        <translation>Abriendo los subtítulos de cielo24 de «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="309" />
        <source>Uploading {sent} of {total}</source>
        <translation>Subiendo {sent} de {total}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="312" />
        <source>{text}, {rate}/s</source>
        <translation>{text}, {rate}/s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="315" />
        <source>{text}, {seconds} s left</source>
        <translation>{text}, quedan {seconds} s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="318" />
        <source>{text} (attempt {attempt})</source>
        <translation>{text} (intento {attempt})</translation>
    </message>
</context>
<context>
    <name>Cielo24Page</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="33" />
        <source>&lt;h3&gt;cielo24 is not set up&lt;/h3&gt;&lt;p&gt;Set up cielo24 in Settings: add your cielo24 username and an API key (securekey) or password.&lt;/p&gt;&lt;p&gt;Then this page lists your transcription jobs and sends new media.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cielo24 no está configurado&lt;/h3&gt;&lt;p&gt;Configure cielo24 en Configuración: añada su nombre de usuario de cielo24 y una clave de API (securekey) o una contraseña.&lt;/p&gt;&lt;p&gt;Después, esta página mostrará sus trabajos de transcripción y enviará medios nuevos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="67" />
        <source>New job…</source>
        <extracomment>The dialog while open (tests reach it here).</extracomment>
        <translation>Nuevo trabajo…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="69" />
        <source>Add media…</source>
        <translation>Añadir medios…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="71" />
        <source>Request transcription…</source>
        <translation>Solicitar transcripción…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="73" />
        <source>Open captions in editor</source>
        <translation>Abrir los subtítulos en el editor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="75" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="86" />
        <source>Loading jobs…</source>
        <translation>Cargando trabajos…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="104" />
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="232" />
        <source>Choose a job</source>
        <translation>Elija un trabajo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="110" />
        <source>Job ID:</source>
        <translation>ID del trabajo:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="110" />
        <source>External ID:</source>
        <translation>ID externo:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="111" />
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="111" />
        <source>Fidelity:</source>
        <translation>Fidelidad:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="112" />
        <source>Turnaround:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="112" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="113" />
        <source>Media length:</source>
        <translation>Duración de los medios:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="113" />
        <source>Media:</source>
        <translation>Medios:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="114" />
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="114" />
        <source>Due:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="115" />
        <source>Completed:</source>
        <translation>Completado:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="115" />
        <source>This session:</source>
        <translation>Esta sesión:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="180" />
        <source>The jobs could not be loaded (see the message above).</source>
        <translation>No se pudieron cargar los trabajos (vea el mensaje de arriba).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="182" />
        <source>No cielo24 jobs yet.
Click “New job…” to send a video or audio file (or its URL) for transcription.</source>
        <translation>Aún no hay trabajos de cielo24.
Haga clic en «Nuevo trabajo…» para enviar un archivo de vídeo o audio (o su URL) para transcribirlo.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="244" />
        <source>received</source>
        <translation>recibidos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="245" />
        <source>none yet</source>
        <translation>aún ninguno</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="248" />
        <source>following</source>
        <translation>en seguimiento</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="307" />
        <source>cielo24: “{name}” is complete; its captions can be opened in the editor</source>
        <translation>cielo24: «{name}» está completado; sus subtítulos se pueden abrir en el editor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="322" />
        <source>The captions are ready: open them in the editor to review and fix them.</source>
        <translation>Los subtítulos están listos: ábralos en el editor para revisarlos y corregirlos.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="325" />
        <source>cielo24 could not use this job's media. Create a new job with a playable file (MP4, MOV, WAV, MP3 …).</source>
        <translation>cielo24 no pudo usar los medios de este trabajo. Cree un trabajo nuevo con un archivo reproducible (MP4, MOV, WAV, MP3…).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="330" />
        <source>This job is waiting for media: add a local file or a URL.</source>
        <translation>Este trabajo está esperando medios: añada un archivo local o una URL.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="333" />
        <source>The media arrived: request a transcription (fidelity and turnaround).</source>
        <translation>Los medios han llegado: solicite una transcripción (fidelidad y plazo).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="339" />
        <source>cielo24 is working on it; due {due}.</source>
        <translation>cielo24 está trabajando en ello; vence el {due}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="340" />
        <source>cielo24 is working on it.</source>
        <translation>cielo24 está trabajando en ello.</translation>
    </message>
</context>
<context>
    <name>Cielo24SettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="308" />
        <source>Your cielo24 username and an API key (Account → API access), or your password. The API key is used when both are set.</source>
        <translation>Su nombre de usuario de cielo24 y una clave de API (Cuenta → Acceso a la API), o su contraseña. Si se indican ambas, se usa la clave de API.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="314" />
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="315" />
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="316" />
        <source>or password</source>
        <translation>o contraseña</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="318" />
        <source>API URL</source>
        <translation>URL de la API</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/__init__.py" line="75" />
        <source>Setup</source>
        <extracomment>The user chose to try the desk on the built-in local services (first-start offer).</extracomment>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/__init__.py" line="79" />
        <source>{service} account…</source>
        <translation>Cuenta de {service}…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/__init__.py" line="83" />
        <source>&amp;Accounts (Setup page)</source>
        <translation>&amp;Cuentas (página Configuración)</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="93" />
        <source>Testing the {service} connection</source>
        <extracomment>The origin of a test of the settings in use (not a dialog's draft). The secrets each service's dialog edits (SecretStore keys). Cached login tokens that belong to the old credentials once they change. (service, ok, message, origin): the service's own answer to a connection test started by ``origin`` ("saved" for the settings in use, else the dialog that tested its draft). (service): new settings or secrets were saved and are in use. The last test of the settings in use, per service: (ok, message).</extracomment>
        <translation>Probando la conexión con {service}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="115" />
        <source>{names} and {count} more</source>
        <translation>{names} y {count} más</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="116" />
        <source>Connected to Dotsub: organization {organization}, {projects}, {languages} ({names}).</source>
        <translation>Conectado a Dotsub: organización {organization}, {projects}, {languages} ({names}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="118" />
        <source>%n project(s)</source>
        <translation><numerusform>%n proyecto</numerusform><numerusform>%n proyectos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="119" />
        <source>%n language(s)</source>
        <translation><numerusform>%n idioma</numerusform><numerusform>%n idiomas</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="122" />
        <source>primary environment</source>
        <translation>entorno principal</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="123" />
        <source>Connected to DatoCMS ({environment}): {uploads} in the Media Area.</source>
        <translation>Conectado a DatoCMS ({environment}): {uploads} en el área de medios.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="124" />
        <source>%n upload(s)</source>
        <translation><numerusform>%n archivo subido</numerusform><numerusform>%n archivos subidos</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="129" />
        <source>Connected to cielo24 as {user}: {jobs} in the account.</source>
        <translation>Conectado a cielo24 como {user}: {jobs} en la cuenta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="130" />
        <source>%n job(s)</source>
        <translation><numerusform>%n trabajo</numerusform><numerusform>%n trabajos</numerusform></translation>
    </message>
</context>
<context>
    <name>CueEditorPane</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="125" />
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="203" />
        <source>No cue selected</source>
        <extracomment>the context menu is about to open at this position: the pane fills it (row, new text) on every keystroke in the text box. (row, start ms, end ms) when a typed time is accepted. the user finished a typing session (focus left the text box). a message for the status bar (e.g. why a typed time was refused). "Add to dictionary" / "Ignore" on a misspelled word: (word) The language's direction, for cues with no strongly directional text yet (an empty new cue in an Arabic translation is typed right to left). Set by the workspace.</extracomment>
        <translation>Ningún subtítulo seleccionado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="140" />
        <source>Type H:MM:SS.mmm, MM:SS.mmm, SRT's 00:00:01,000 or seconds; Enter applies</source>
        <translation>Escriba H:MM:SS.mmm, MM:SS.mmm, el 00:00:01,000 de SRT o segundos; Intro aplica</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="147" />
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="148" />
        <source>&amp;End</source>
        <translation>&amp;Final</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="149" />
        <source>D&amp;uration</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="154" />
        <source>Cue text (Enter for a new line)</source>
        <translation>Texto del subtítulo (Intro para una línea nueva)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="210" />
        <source>Cue {number}</source>
        <translation>Subtítulo {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="296" />
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="299" />
        <source>Add “{word}” to dictionary</source>
        <translation>Añadir «{word}» al diccionario</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="302" />
        <source>Ignore “{word}”</source>
        <translation>Ignorar «{word}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="371" />
        <source>The end time must not be before the start time</source>
        <translation>La hora final no puede ser anterior a la inicial</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="388" />
        <source>%n line(s), characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</source>
        <translation><numerusform>%n línea, caracteres por línea: {lengths}    CPS: {cps}    Duración: {duration} s</numerusform><numerusform>%n líneas, caracteres por línea: {lengths}    CPS: {cps}    Duración: {duration} s</numerusform></translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="69" />
        <source>Start</source>
        <extracomment>Shown in place of a line break in the one-line table view.</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="69" />
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="70" />
        <source>Dur.</source>
        <translation>Dur.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="70" />
        <source>CPS</source>
        <translation>CPS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="71" />
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="71" />
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="72" />
        <source>QC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="73" />
        <source>Cue number</source>
        <translation>Número de subtítulo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="74" />
        <source>Start time (H:MM:SS.mmm)</source>
        <translation>Hora de inicio (H:MM:SS.mmm)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="75" />
        <source>End time</source>
        <translation>Hora final</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="76" />
        <source>Duration in seconds</source>
        <translation>Duración en segundos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="77" />
        <source>Characters per second (reading speed)</source>
        <translation>Caracteres por segundo (velocidad de lectura)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="78" />
        <source>The source cues this cue overlaps in time (read-only)</source>
        <translation>Los subtítulos originales con los que este coincide en el tiempo (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="79" />
        <source>Cue text; ⏎ marks a line break</source>
        <translation>Texto del subtítulo; ⏎ marca un salto de línea</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="80" />
        <source>Quality-check problems</source>
        <translation>Problemas del control de calidad</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="346" />
        <source>{text}

(kept as in the source)</source>
        <extracomment>Which QC rules colour which column (rule ids from core.qc).</extracomment>
        <translation>{text}

(se mantiene como en el original)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="348" />
        <source>{text}

(not translated yet)</source>
        <translation>{text}

(aún sin traducir)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="349" />
        <source>(not translated yet)</source>
        <translation>(aún sin traducir)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="352" />
        <source>(no source cue at this time)</source>
        <translation>(ningún subtítulo original en este momento)</translation>
    </message>
</context>
<context>
    <name>CueTableView</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="135" />
        <source>Open a subtitle file (Ctrl+O) or drop one here
SRT · WebVTT · TTML/DFXP · SSA/ASS</source>
        <extracomment>How many files File ▸ Open Recent lists. Columns the user hid (the source column also hides without a source). Shown over the empty table.</extracomment>
        <translation>Abra un archivo de subtítulos (Ctrl+O) o suéltelo aquí
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
        <translation>&amp;Vídeos y pistas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="44" />
        <source>&amp;Publish open subtitles…</source>
        <translation>&amp;Publicar los subtítulos abiertos…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="46" />
        <source>Publish a &amp;Dotsub media's languages…</source>
        <translation>Publicar los idiomas de un medio de &amp;Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="48" />
        <source>&amp;Generate subtitles…</source>
        <translation>&amp;Generar subtítulos…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="50" />
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
</context>
<context>
    <name>DatocmsController</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="99" />
        <source>Loading DatoCMS videos</source>
        <extracomment>The uploads list is loading (True) or done (False). The uploads list failed with the service's message ("" once it loads again). A job started (JobEntry), so the page can reveal the jobs table. A job ended, whatever its outcome (JobEntry). The Dotsub organization's languages arrived (list of language records). The Dotsub organization's languages once loaded (None: not loaded or no Dotsub).</extracomment>
        <translation>Cargando vídeos de DatoCMS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="232" />
        <source>Publish {language}</source>
        <translation>Publicar {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="234" />
        <source>Publishing {language} to {video}</source>
        <translation>Publicando {language} en {video}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="266" />
        <source>Publish from Dotsub “{title}” {language}</source>
        <translation>Publicar {language} desde Dotsub «{title}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="270" />
        <source>Publishing {title} · {language} to {video}</source>
        <translation>Publicando {title} · {language} en {video}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="290" />
        <source>Generate {language}</source>
        <translation>Generar {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="292" />
        <source>Generating {language} subtitles for {video}</source>
        <translation>Generando subtítulos en {language} para {video}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="302" />
        <source>Delete {track}</source>
        <translation>Eliminar {track}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="310" />
        <source>Deleting {track} from {video}</source>
        <translation>Eliminando {track} de {video}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="342" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="350" />
        <source>Unexpected error (see the error report)</source>
        <translation>Error inesperado (consulte el informe de errores)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="355" />
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="357" />
        <source>DatoCMS could not prepare the track</source>
        <translation>DatoCMS no pudo preparar la pista</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="358" />
        <source>Errored</source>
        <translation>Con error</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="362" />
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>DatocmsPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="40" />
        <source>&lt;h3&gt;DatoCMS is not set up&lt;/h3&gt;&lt;p&gt;Set up DatoCMS in Settings: add the project's API token (and its environment, if you publish to a sandbox).&lt;/p&gt;&lt;p&gt;Then this page lists the project's videos and their subtitle tracks.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DatoCMS no está configurado&lt;/h3&gt;&lt;p&gt;Configure DatoCMS en Configuración: añada el token de API del proyecto (y su entorno, si publica en un sandbox).&lt;/p&gt;&lt;p&gt;Después, esta página muestra los vídeos del proyecto y sus pistas de subtítulos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="78" />
        <source>&lt;b&gt;Videos&lt;/b&gt; in the DatoCMS Media Area</source>
        <extracomment>The dialogs while open (tests and the smoke test reach them here).</extracomment>
        <translation>&lt;b&gt;Vídeos&lt;/b&gt; del área de medios de DatoCMS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="81" />
        <source>Search file names, notes and tags</source>
        <translation>Buscar en nombres de archivo, notas y etiquetas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="90" />
        <source>Loading videos…</source>
        <translation>Cargando vídeos…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="113" />
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="268" />
        <source>Choose a video</source>
        <translation>Elija un vídeo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="119" />
        <source>Publish open subtitles…</source>
        <translation>Publicar los subtítulos abiertos…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="121" />
        <source>Publish from Dotsub…</source>
        <translation>Publicar desde Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="123" />
        <source>Generate subtitles…</source>
        <translation>Generar subtítulos…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="125" />
        <source>Delete track…</source>
        <translation>Eliminar la pista…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="127" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="138" />
        <source>Loading tracks…</source>
        <translation>Cargando pistas…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="152" />
        <source>&lt;b&gt;Jobs&lt;/b&gt; started in this session</source>
        <translation>&lt;b&gt;Trabajos&lt;/b&gt; iniciados en esta sesión</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="159" />
        <source>Clear finished</source>
        <translation>Quitar las terminadas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="230" />
        <source>The videos could not be loaded (see the message above).</source>
        <translation>No se pudieron cargar los vídeos (vea el mensaje de arriba).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="233" />
        <source>No video matches “{query}”. Try part of a file name or a tag.</source>
        <translation>Ningún vídeo coincide con «{query}». Pruebe con parte de un nombre de archivo o una etiqueta.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="234" />
        <source>The Media Area has no videos yet. Upload one in DatoCMS, then Refresh.</source>
        <translation>El área de medios aún no tiene vídeos. Suba uno en DatoCMS y pulse Actualizar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="240" />
        <source>%n video(s)</source>
        <translation><numerusform>%n vídeo</numerusform><numerusform>%n vídeos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="242" />
        <source>Showing {shown} of %n video(s); scroll for more</source>
        <translation><numerusform>Se muestran {shown} de %n vídeo; desplácese para ver más</numerusform><numerusform>Se muestran {shown} de %n vídeos; desplácese para ver más</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="278" />
        <source>{rate} fps</source>
        <translation>{rate} fps</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="299" />
        <source>Choose a video on the left to see its subtitle and audio tracks.</source>
        <translation>Elija un vídeo a la izquierda para ver sus pistas de subtítulos y de audio.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="304" />
        <source>This video has no tracks yet.
Publish the subtitles open in the editor, publish a Dotsub media's languages, or generate subtitles from the audio.</source>
        <translation>Este vídeo aún no tiene pistas.
Publique los subtítulos abiertos en el editor, publique los idiomas de un medio de Dotsub o genere subtítulos a partir del audio.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="319" />
        <source>Publish the subtitles open in the editor as a WebVTT track of this video</source>
        <translation>Publicar los subtítulos abiertos en el editor como pista WebVTT de este vídeo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="320" />
        <source>Open subtitles in the editor first</source>
        <translation>Abra primero unos subtítulos en el editor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="323" />
        <source>Publish every finished language of a Dotsub media as tracks</source>
        <translation>Publicar cada idioma terminado de un medio de Dotsub como pista</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="324" />
        <source>Set up Dotsub in Settings to publish its languages</source>
        <translation>Configure Dotsub en Configuración para publicar sus idiomas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="326" />
        <source>Have DatoCMS transcribe the video's audio into a subtitles track</source>
        <translation>Hacer que DatoCMS transcriba el audio del vídeo en una pista de subtítulos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="342" />
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="414" />
        <source>Delete track</source>
        <translation>Eliminar la pista</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="415" />
        <source>Delete the {type} track “{track}” ({code}) from {video}?

Viewers lose it at once; this cannot be undone.</source>
        <translation>¿Eliminar la pista «{track}» ({type}, {code}) de {video}?

Los espectadores la pierden al instante; esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="420" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="440" />
        <source>DatoCMS: {job} on {video}: {status} — {message}</source>
        <translation>DatoCMS: {job} en {video}: {status} — {message}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="443" />
        <source>DatoCMS: {job} on {video}: {status}</source>
        <translation>DatoCMS: {job} en {video}: {status}</translation>
    </message>
</context>
<context>
    <name>DatocmsSettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="286" />
        <source>A DatoCMS API token with access to the Media Area (Project settings → API tokens). Leave the environment empty for the primary environment.</source>
        <translation>Un token de la API de DatoCMS con acceso al área de medios (Configuración del proyecto → Tokens de API). Deje el entorno vacío para el entorno principal.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="291" />
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="292" />
        <source>primary environment</source>
        <translation>entorno principal</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="294" />
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="296" />
        <source>API URL</source>
        <translation>URL de la API</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/__init__.py" line="67" />
        <source>Starting the built-in local services</source>
        <translation>Iniciando los servicios locales integrados</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/__init__.py" line="87" />
        <source>Demo services on this computer: {services}</source>
        <translation>Servicios de demostración en este equipo: {services}</translation>
    </message>
</context>
<context>
    <name>Dotsub</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="56" />
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="57" />
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="65" />
        <source>&amp;Dotsub</source>
        <translation>&amp;Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="66" />
        <source>&amp;Tasks</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="67" />
        <source>&amp;Media</source>
        <translation>&amp;Medios</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="68" />
        <source>&amp;Open selected task</source>
        <translation>&amp;Abrir la tarea seleccionada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="69" />
        <source>&amp;Accept selected task</source>
        <translation>A&amp;ceptar la tarea seleccionada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="70" />
        <source>&amp;Release selected task</source>
        <translation>&amp;Liberar la tarea seleccionada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="71" />
        <source>Re&amp;load tasks and media</source>
        <translation>Re&amp;cargar tareas y medios</translation>
    </message>
</context>
<context>
    <name>DotsubSettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="259" />
        <source>Dotsub VideoTMS API client credentials (Organization settings → API clients). The client secret is never written to the settings file.</source>
        <translation>Credenciales de un cliente de la API de Dotsub VideoTMS (Configuración de la organización → Clientes de API). El secreto del cliente nunca se escribe en el archivo de configuración.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="265" />
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="266" />
        <source>Client secret</source>
        <translation>Secreto del cliente</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="270" />
        <source>API URL</source>
        <translation>URL de la API</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="271" />
        <source>Login URL</source>
        <translation>URL de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="272" />
        <source>Audience</source>
        <translation>Audiencia</translation>
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
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="162" />
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="166" />
        <source>Cannot open subtitle file</source>
        <translation>No se puede abrir el archivo de subtítulos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="170" />
        <source>Opened {name}: %n cues ({format}, {encoding})</source>
        <translation><numerusform>Se abrió {name}: %n subtítulo ({format}, {encoding})</numerusform><numerusform>Se abrió {name}: %n subtítulos ({format}, {encoding})</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="174" />
        <source>Opening {name}</source>
        <translation>Abriendo {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="199" />
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="235" />
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="216" />
        <source>Saved {name} (%n note(s) about what the format dropped)</source>
        <translation><numerusform>Se guardó {name} (%n nota sobre lo que el formato descartó)</numerusform><numerusform>Se guardó {name} (%n notas sobre lo que el formato descartó)</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="217" />
        <source>Saved {name}</source>
        <translation>Se guardó {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="220" />
        <source>Saving {name}</source>
        <translation>Guardando {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="263" />
        <source>Cannot use this spec</source>
        <translation>No se puede usar esta especificación</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="309" />
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="313" />
        <source>Redone</source>
        <translation>Rehecho</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="355" />
        <source>Select two or more adjacent cues to merge</source>
        <translation>Seleccione dos o más subtítulos contiguos para unirlos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="377" />
        <source>“{pattern}” not found</source>
        <translation>No se encontró «{pattern}»</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="244" />
        <source>Quality check</source>
        <extracomment>(display name, dirty) for the window title a status-bar message the user chose to throw the unsaved changes away Message boxes shown without blocking (tests read them): the last one per purpose. The fonts before any preference: what "the standard font" goes back to. Set by a workspace: its session as JSON for "reopen the last work" (None: a plain file), and how to reopen such a record. The user moved the divider beside the media (now or in an earlier run).</extracomment>
        <translation>Control de calidad</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="299" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="299" />
        <source>Open a subtitle file</source>
        <translation>Abrir un archivo de subtítulos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="300" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="300" />
        <source>Save in the file's own format</source>
        <translation>Guardar en el formato propio del archivo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="301" />
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="302" />
        <source>Save under another name or in another format</source>
        <translation>Guardar con otro nombre o en otro formato</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="303" />
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="304" />
        <source>Open the folder that holds the file in the file manager</source>
        <translation>Abrir la carpeta del archivo en el gestor de archivos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="307" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="311" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="513" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="316" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="515" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="317" />
        <source>&amp;Insert cue after</source>
        <translation>&amp;Insertar subtítulo después</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="318" />
        <source>A new cue after the current one</source>
        <translation>Un subtítulo nuevo después del actual</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="319" />
        <source>&amp;Delete cues</source>
        <translation>&amp;Eliminar subtítulos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="320" />
        <source>Delete the selected cues</source>
        <translation>Eliminar los subtítulos seleccionados</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="321" />
        <source>S&amp;plit at cursor</source>
        <translation>&amp;Dividir en el cursor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="322" />
        <source>Split the current cue where the text cursor is</source>
        <translation>Dividir el subtítulo actual donde está el cursor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="323" />
        <source>&amp;Merge selected</source>
        <translation>&amp;Unir los seleccionados</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="324" />
        <source>Merge the selected adjacent cues into one</source>
        <translation>Unir en uno los subtítulos contiguos seleccionados</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="325" />
        <source>S&amp;hift times…</source>
        <translation>&amp;Desplazar tiempos…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="326" />
        <source>Move the selected cues, or all cues, earlier or later</source>
        <translation>Adelantar o retrasar los subtítulos seleccionados, o todos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="327" />
        <source>Change &amp;frame rate…</source>
        <translation>Cambiar la &amp;velocidad de fotogramas…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="328" />
        <source>Retime every cue from one frame rate to another</source>
        <translation>Reajustar cada subtítulo de una velocidad de fotogramas a otra</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="329" />
        <source>&amp;Find and replace…</source>
        <translation>&amp;Buscar y reemplazar…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="330" />
        <source>Find text, replace text (regular expressions allowed)</source>
        <translation>Buscar texto, reemplazar texto (se permiten expresiones regulares)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="331" />
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="332" />
        <source>Next cue</source>
        <translation>Subtítulo siguiente</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="333" />
        <source>Previous cue</source>
        <translation>Subtítulo anterior</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="335" />
        <source>&amp;Go to cue…</source>
        <translation>&amp;Ir al subtítulo…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="341" />
        <source>&amp;Load Dotsub spec…</source>
        <translation>&amp;Cargar especificación de Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="342" />
        <source>Check against a subtitle specification JSON from Dotsub</source>
        <translation>Comprobar con una especificación de subtítulos JSON de Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="344" />
        <source>Next &amp;problem</source>
        <translation>&amp;Problema siguiente</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="345" />
        <source>Pre&amp;vious problem</source>
        <translation>Problema &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="348" />
        <source>&amp;Quality check panel</source>
        <translation>Panel de &amp;control de calidad</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="350" />
        <source>S&amp;pelling language</source>
        <translation>&amp;Idioma de la ortografía</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="355" />
        <source>&amp;Next untranslated cue</source>
        <translation>Subtítulo sin traducir &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="356" />
        <source>The next cue whose text is empty or still the source's</source>
        <translation>El siguiente subtítulo cuyo texto está vacío o sigue siendo el del original</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="358" />
        <source>&amp;Previous untranslated cue</source>
        <translation>Subtítulo sin traducir &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="359" />
        <source>The previous cue whose text is empty or still the source's</source>
        <translation>El subtítulo anterior cuyo texto está vacío o sigue siendo el del original</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="361" />
        <source>&amp;Keep as in the source</source>
        <translation>&amp;Mantener como en el original</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="362" />
        <source>The selected cues are meant to read as in the source (a name, a number): not untranslated</source>
        <translation>Los subtítulos seleccionados deben leerse como en el original (un nombre, un número): no sin traducir</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="373" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="382" />
        <source>&amp;Quality</source>
        <translation>&amp;Calidad</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="383" />
        <source>&amp;Specification</source>
        <translation>&amp;Especificación</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="396" />
        <source>&amp;Translation</source>
        <translation>&amp;Traducción</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="512" />
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="514" />
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="540" />
        <source>Edit text of cue {number}</source>
        <translation>edición del texto del subtítulo {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="542" />
        <source>Change timing of cue {number}</source>
        <translation>cambio de tiempos del subtítulo {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="545" />
        <source>Shift cues by {offset}</source>
        <translation>desplazamiento de subtítulos en {offset}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="547" />
        <source>Shift %n cues by {offset}</source>
        <translation><numerusform>desplazamiento de %n subtítulo en {offset}</numerusform><numerusform>desplazamiento de %n subtítulos en {offset}</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="549" />
        <source>Insert cue {number}</source>
        <translation>inserción del subtítulo {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="552" />
        <source>Insert %n cues at {number}</source>
        <translation><numerusform>inserción de %n subtítulo en la posición {number}</numerusform><numerusform>inserción de %n subtítulos en la posición {number}</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="554" />
        <source>Delete cue {number}</source>
        <translation>eliminación del subtítulo {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="557" />
        <source>Delete %n cues</source>
        <translation><numerusform>eliminación de %n subtítulo</numerusform><numerusform>eliminación de %n subtítulos</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="559" />
        <source>Split cue {number}</source>
        <translation>división del subtítulo {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="561" />
        <source>Merge cues {first}–{last}</source>
        <translation>unión de los subtítulos {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="563" />
        <source>Change frame rate from {source} to {target} fps</source>
        <translation>cambio de velocidad de fotogramas de {source} a {target} fps</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="566" />
        <source>Replace “{pattern}” with “{replacement}” ({replacements})</source>
        <translation>reemplazo de «{pattern}» por «{replacement}» ({replacements})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="569" />
        <source>Sort cues by time</source>
        <translation>ordenación de los subtítulos por tiempo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="618" />
        <source>Go to cue</source>
        <translation>Ir al subtítulo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="618" />
        <source>Cue number</source>
        <translation>Número de subtítulo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="632" />
        <source>No QC problems</source>
        <translation>Sin problemas de calidad</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="648" />
        <source>Every cue is translated</source>
        <translation>Todos los subtítulos están traducidos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="661" />
        <source>No source cue at this time: nothing to keep</source>
        <translation>No hay subtítulo original en este momento: nada que mantener</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="663" />
        <source>%n cue(s) kept as in the source</source>
        <translation><numerusform>%n subtítulo se mantiene como en el original</numerusform><numerusform>%n subtítulos se mantienen como en el original</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="664" />
        <source>%n cue(s) no longer kept as in the source</source>
        <translation><numerusform>%n subtítulo ya no se mantiene como en el original</numerusform><numerusform>%n subtítulos ya no se mantienen como en el original</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="687" />
        <source>Only adjacent cues can be merged</source>
        <translation>Solo se pueden unir subtítulos contiguos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="732" />
        <source>Invalid pattern: {error}</source>
        <translation>Patrón no válido: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="740" />
        <source>Cue {number}</source>
        <translation>Subtítulo {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="742" />
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="567" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="750" />
        <source>%n replacement(s)</source>
        <translation><numerusform>%n reemplazo</numerusform><numerusform>%n reemplazos</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="764" />
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="764" />
        <source>Save the changes to {name} first?</source>
        <translation>¿Guardar primero los cambios de {name}?</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="774" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="819" />
        <source>Save subtitles as</source>
        <translation>Guardar subtítulos como</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="789" />
        <source>Open subtitles</source>
        <translation>Abrir subtítulos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="795" />
        <source>Subtitles (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)</source>
        <translation>Subtítulos (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="796" />
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="863" />
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="866" />
        <source>&amp;Clear the list</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="868" />
        <source>&amp;Open the last work at start</source>
        <translation>&amp;Abrir el último trabajo al iniciar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="876" />
        <source>{path} is not there any more</source>
        <translation>{path} ya no existe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="916" />
        <source>&amp;Off</source>
        <translation>&amp;Desactivado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="918" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (sin diccionario)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="937" />
        <source>Load a subtitle specification</source>
        <translation>Cargar una especificación de subtítulos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="938" />
        <source>Subtitle specification (*.json);;All files (*)</source>
        <translation>Especificación de subtítulos (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="966" />
        <source>Saved with changes</source>
        <translation>Guardado con cambios</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="967" />
        <source>{name} was saved. The format could not keep everything:</source>
        <translation>{name} se guardó. El formato no pudo conservarlo todo:</translation>
    </message>
</context>
<context>
    <name>EditorWorkspace</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="70" />
        <source>CAPTION</source>
        <extracomment>The controller's spec key for the open session's Dotsub specification. What the work is in the header's title ("Video 3 · Spanish · TRANSLATION"), per Dotsub task type.</extracomment>
        <translation>SUBTITULADO</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="71" />
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="72" />
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="73" />
        <source>TRANSLATION</source>
        <translation>TRADUCCIÓN</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="74" />
        <source>POST-EDITING</source>
        <translation>POSEDICIÓN</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="75" />
        <source>REVIEW</source>
        <translation>REVISIÓN</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="76" />
        <source>PROOFREADING</source>
        <translation>CORRECCIÓN</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="159" />
        <source>Specification</source>
        <extracomment>a session was opened in the editor: (WorkSession) the editor left the session (another file was opened): () subtitles reached Dotsub: (WorkSession, the service's track record) sending failed: (the service's message) The spec the user had chosen before a session's spec replaced it. The last send's dialog and result (tests and the smoke test read them). The project glossary of the session (None: the project has none imported).</extracomment>
        <translation>Especificación</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="175" />
        <source>&amp;Specification panel</source>
        <translation>Panel de &amp;especificación</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="181" />
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="191" />
        <source>&amp;Glossary panel</source>
        <translation>Panel del &amp;glosario</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="193" />
        <source>&amp;Import glossary…</source>
        <translation>&amp;Importar glosario…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="195" />
        <source>Import the Dotsub project's glossary (a Dotsub glossary CSV) once: every task of the project uses it</source>
        <translation>Importar una vez el glosario del proyecto de Dotsub (un CSV de glosario de Dotsub): todas las tareas del proyecto lo usan</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="198" />
        <source>&amp;Upload glossary to Dotsub</source>
        <translation>&amp;Subir el glosario a Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="200" />
        <source>Create or replace this project's glossary on Dotsub</source>
        <translation>Crear o reemplazar el glosario de este proyecto en Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="207" />
        <source>Send to &amp;Dotsub…</source>
        <translation>Enviar a &amp;Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="211" />
        <source>Save, then upload these subtitles to Dotsub (optionally completing the task)</source>
        <translation>Guardar y después subir estos subtítulos a Dotsub (y, si se desea, completar la tarea)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="213" />
        <source>Send to Dotsub (Ctrl+Shift+D)</source>
        <translation>Enviar a Dotsub (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="219" />
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="261" />
        <source>Kept {name}: {title} was not opened</source>
        <translation>Se mantuvo {name}: no se abrió {title}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="302" />
        <source>The task's subtitle specification is unusable ({error}): QC uses {spec}</source>
        <translation>La especificación de subtítulos de la tarea no se puede usar ({error}): el control de calidad usa {spec}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="387" />
        <source>{translated} of %n cue(s) translated</source>
        <translation><numerusform>{translated} de %n subtítulo traducido</numerusform><numerusform>{translated} de %n subtítulos traducidos</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="390" />
        <source> ({kept} kept as in the source)</source>
        <translation> (mantenidos como en el original: {kept})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="414" />
        <source>file on this computer</source>
        <translation>archivo en este ordenador</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="414" />
        <source>not saved yet</source>
        <translation>aún sin guardar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="427" />
        <source>{spec} (chosen instead of the task's specification: pick it again in the QC panel)</source>
        <translation>{spec} (elegida en lugar de la especificación de la tarea: vuelva a elegirla en el panel de control de calidad)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="445" />
        <source>Service: {service}</source>
        <translation>Servicio: {service}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="445" />
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="447" />
        <source>Media {media}</source>
        <translation>Medio {media}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="449" />
        <source>Language {name} ({language}, {direction})</source>
        <translation>Idioma {name} ({language}, {direction})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="452" />
        <source>Task {task} ({type})</source>
        <translation>Tarea {task} ({type})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="454" />
        <source>Saved at {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="505" />
        <source>The project glossary is not used: {error}</source>
        <translation>No se usa el glosario del proyecto: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="520" />
        <source>No glossary: open a Dotsub task to use its project's glossary.</source>
        <translation>Sin glosario: abra una tarea de Dotsub para usar el glosario de su proyecto.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="522" />
        <source>This work belongs to no Dotsub project: there is no project glossary.</source>
        <translation>Este trabajo no pertenece a ningún proyecto de Dotsub: no hay glosario del proyecto.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="524" />
        <source>No glossary for this project yet. &lt;b&gt;Import…&lt;/b&gt; a Dotsub glossary CSV once; every task of the project then uses it.</source>
        <translation>Aún no hay glosario para este proyecto. &lt;b&gt;Importar…&lt;/b&gt; una vez un CSV de glosario de Dotsub; después lo usan todas las tareas del proyecto.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="528" />
        <source>not used for this work</source>
        <translation>no se usa para este trabajo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="534" />
        <source>On Dotsub as glossary {id}</source>
        <translation>En Dotsub como glosario {id}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="547" />
        <source>No project</source>
        <translation>Ningún proyecto</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="548" />
        <source>A glossary belongs to a Dotsub project: open one of its tasks first.</source>
        <translation>Un glosario pertenece a un proyecto de Dotsub: abra primero una de sus tareas.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="551" />
        <source>Import a glossary</source>
        <translation>Importar un glosario</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="552" />
        <source>Dotsub glossary (*.csv);;All files (*)</source>
        <translation>Glosario de Dotsub (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="604" />
        <source>Still sending the previous version to Dotsub</source>
        <translation>Todavía se está enviando la versión anterior a Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="610" />
        <source>Nothing to send</source>
        <translation>Nada que enviar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="611" />
        <source>These subtitles have no cues yet: Dotsub refuses an empty file.</source>
        <translation>Este archivo de subtítulos aún no tiene subtítulos: Dotsub rechaza un archivo vacío.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="620" />
        <source>Dotsub media {media}, {name} ({language}), task {task}</source>
        <translation>Medio de Dotsub {media}, {name} ({language}), tarea {task}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="621" />
        <source>Dotsub media {media}, {name} ({language})</source>
        <translation>Medio de Dotsub {media}, {name} ({language})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="668" />
        <source>Could not save {path}: {error}</source>
        <translation>No se pudo guardar {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="683" />
        <source>Sending {work} to Dotsub</source>
        <translation>Enviando {work} a Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="694" />
        <source>Sent to Dotsub: {detail}</source>
        <translation>Enviado a Dotsub: {detail}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="696" />
        <source>Sent to Dotsub</source>
        <translation>Enviado a Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="697" />
        <source>{work} is on Dotsub.</source>
        <translation>{work} está en Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="701" />
        <source>Could not send to Dotsub</source>
        <translation>No se pudo enviar a Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="702" />
        <source>The subtitles were not sent.</source>
        <translation>Los subtítulos no se enviaron.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="748" />
        <source>The last work was not opened again: {error}</source>
        <translation>No se volvió a abrir el último trabajo: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="761" />
        <source>Opened your last work again: {title}</source>
        <translation>Se volvió a abrir su último trabajo: {title}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="765" />
        <source>Opening {name} again</source>
        <translation>Volviendo a abrir {name}</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/common.py" line="52" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/common.py" line="54" />
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/errors.py" line="64" />
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../subtitle_desk/ui/errors.py" line="102" />
        <source>Something went wrong ({error_type}). {message}</source>
        <extracomment>(short message, details) for every reported exception.</extracomment>
        <translation>Algo salió mal ({error_type}). {message}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/errors.py" line="110" />
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="111" />
        <source>Find and replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="117" />
        <source>Regular expression (replacement may use \1, \g&lt;name&gt;)</source>
        <translation>Expresión regular (el reemplazo puede usar \1, \g&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="118" />
        <source>Match case</source>
        <translation>Coincidir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="119" />
        <source>Only in selected cues</source>
        <translation>Solo en los subtítulos seleccionados</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="123" />
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="124" />
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="128" />
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="129" />
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="131" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="37" />
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="39" />
        <source>Welcome to Subtitle Desk</source>
        <translation>Bienvenido a Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="41" />
        <source>No Dotsub, DatoCMS or cielo24 account is set up yet.&lt;p&gt;You can look around first: built-in local services on this computer stand in for Dotsub, DatoCMS and cielo24, with sample media, tasks and subtitles. Nothing is sent over the internet, and your own accounts can be added at any time from the Settings menu.</source>
        <translation>Aún no hay ninguna cuenta de Dotsub, DatoCMS o cielo24 configurada.&lt;p&gt;Puede echar un vistazo primero: unos servicios locales integrados en este equipo sustituyen a Dotsub, DatoCMS y cielo24, con medios, tareas y subtítulos de ejemplo. No se envía nada por Internet, y puede añadir sus propias cuentas en cualquier momento desde el menú Configuración.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="47" />
        <source>Try Subtitle Desk on built-in local services</source>
        <translation>Probar Subtitle Desk con los servicios locales integrados</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="50" />
        <source>Set up my accounts</source>
        <translation>Configurar mis cuentas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="52" />
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>FrameRateDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="66" />
        <source>Change frame rate</source>
        <translation>Cambiar la velocidad de fotogramas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="76" />
        <source>From (fps)</source>
        <translation>De (fps)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="77" />
        <source>To (fps)</source>
        <translation>A (fps)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="78" />
        <source>Every cue is retimed: times are multiplied by from ÷ to.</source>
        <translation>Se reajusta cada subtítulo: los tiempos se multiplican por de ÷ a.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="98" />
        <source>Frame rates are positive numbers, e.g. 23.976 or 25</source>
        <translation>Las velocidades de fotogramas son números positivos, p. ej. 23.976 o 25</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="121" />
        <source>Generate subtitles</source>
        <translation>Generar subtítulos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="123" />
        <source>DatoCMS transcribes the audio of &lt;b&gt;{video}&lt;/b&gt; into a new subtitles track. Pick the language spoken in the video.</source>
        <translation>DatoCMS transcribe el audio de &lt;b&gt;{video}&lt;/b&gt; en una nueva pista de subtítulos. Elija el idioma hablado en el vídeo.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="125" />
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
</context>
<context>
    <name>GlossaryController</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="77" />
        <source>cannot read: {error}</source>
        <extracomment>a glossary was imported for a project: (project id, Glossary) a project's stored glossary was read: (project id, Glossary or None when it has none) the glossary is on Dotsub: (project id, Dotsub's glossary record) something the user must read: (title, text) a status-bar message</extracomment>
        <translation>no se puede leer: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="88" />
        <source>Cannot import this glossary</source>
        <translation>No se puede importar este glosario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="91" />
        <source>Glossary {file} imported for this project: %n concepts in {languages}</source>
        <translation><numerusform>Glosario {file} importado para este proyecto: %n concepto en {languages}</numerusform><numerusform>Glosario {file} importado para este proyecto: %n conceptos en {languages}</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="97" />
        <source>Importing the glossary {file}</source>
        <translation>Importando el glosario {file}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="110" />
        <source>The project glossary cannot be used: {error}</source>
        <translation>No se puede usar el glosario del proyecto: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="126" />
        <source>No glossary imported for this project ({error})</source>
        <translation>No se ha importado ningún glosario para este proyecto ({error})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="127" />
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="141" />
        <source>Could not upload the glossary</source>
        <translation>No se pudo subir el glosario</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="145" />
        <source>Glossary “{name}” is on Dotsub</source>
        <translation>El glosario «{name}» está en Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="147" />
        <source>Glossary “{name}” is on Dotsub (replaced)</source>
        <translation>El glosario «{name}» está en Dotsub (reemplazado)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="149" />
        <source>Glossary “{name}” is on Dotsub (created)</source>
        <translation>El glosario «{name}» está en Dotsub (creado)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="153" />
        <source>Uploading the glossary “{name}” to Dotsub</source>
        <translation>Subiendo el glosario «{name}» a Dotsub</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="36" />
        <source>Source term</source>
        <translation>Término original</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="36" />
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="37" />
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="39" />
        <source>Import the project's glossary (a Dotsub glossary CSV)</source>
        <translation>Importar el glosario del proyecto (un CSV de glosario de Dotsub)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="41" />
        <source>Upload to Dotsub</source>
        <translation>Subir a Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="43" />
        <source>Create or replace this project's glossary on Dotsub</source>
        <translation>Crear o reemplazar el glosario de este proyecto en Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="54" />
        <source>No glossary: open a Dotsub task to use its project's glossary.</source>
        <translation>Sin glosario: abra una tarea de Dotsub para usar el glosario de su proyecto.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="67" />
        <source>(no approved translation)</source>
        <translation>(sin traducción aprobada)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="75" />
        <source>The cue uses an approved translation</source>
        <translation>El subtítulo usa una traducción aprobada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="76" />
        <source>The cue uses none of the approved translations</source>
        <translation>El subtítulo no usa ninguna de las traducciones aprobadas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="79" />
        <source>No glossary term in this cue's source</source>
        <translation>Ningún término del glosario en el original de este subtítulo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="88" />
        <source>%n concept(s)</source>
        <translation><numerusform>%n concepto</numerusform><numerusform>%n conceptos</numerusform></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="181" />
        <source>Subtitle Desk user guide</source>
        <translation>Guía del usuario de Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="189" />
        <source>The user guide is missing from this installation ({error}).</source>
        <translation>Falta la guía del usuario en esta instalación ({error}).</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="24" />
        <source>Media files (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg *.wmv *.flv *.mp3 *.m4a *.wav *.aac *.flac *.ogg);;All files (*)</source>
        <extracomment>The file dialog's filter (shown translated: ``QCoreApplication.translate("JobDialog", MEDIA_FILTER)``).</extracomment>
        <translation>Archivos multimedia (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg *.wmv *.flv *.mp3 *.m4a *.wav *.aac *.flac *.ogg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="27" />
        <source>Mechanical: machine transcript only; fastest and cheapest, needs a careful review</source>
        <translation>Mecánica: solo transcripción automática; la más rápida y económica, requiere una revisión cuidadosa</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="29" />
        <source>Premium: machine transcript plus a human pass (cielo24 quotes 94 %+ accuracy)</source>
        <translation>Premium: transcripción automática más una revisión humana (cielo24 indica más del 94 % de precisión)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="31" />
        <source>Professional: several human passes (99 %+), for broadcast and accessibility compliance</source>
        <translation>Profesional: varias revisiones humanas (más del 99 %), para emisión y cumplimiento de accesibilidad</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="34" />
        <source>Standard (about 48 hours)</source>
        <translation>Estándar (unas 48 horas)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="35" />
        <source>Priority (about 24 hours)</source>
        <translation>Prioritaria (unas 24 horas)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="36" />
        <source>Critical (fastest)</source>
        <translation>Crítica (la más rápida)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="69" />
        <source>New cielo24 job</source>
        <extracomment>None: no transcription ordered now. A priority name or a number of hours. The URL is knowingly the media of another job too (cielo24 refuses that otherwise).</extracomment>
        <translation>Nuevo trabajo de cielo24</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="70" />
        <source>A new cielo24 job: its name and spoken language, and the video or audio to transcribe.</source>
        <translation>Un nuevo trabajo de cielo24: su nombre y el idioma hablado, y el vídeo o audio que se va a transcribir.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="72" />
        <source>Add media to “{job}”</source>
        <translation>Añadir medios a «{job}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="73" />
        <source>The video or audio of the cielo24 job “{job}”: a file on this computer, or an address cielo24 can download it from.</source>
        <translation>El vídeo o audio del trabajo de cielo24 «{job}»: un archivo en este equipo o una dirección desde la que cielo24 pueda descargarlo.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="76" />
        <source>Add media to the job</source>
        <translation>Añadir medios al trabajo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="77" />
        <source>The video or audio of the cielo24 job the job: a file on this computer, or an address cielo24 can download it from.</source>
        <translation>El vídeo o audio de este trabajo de cielo24: un archivo en este equipo o una dirección desde la que cielo24 pueda descargarlo.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="80" />
        <source>Request a transcription of “{job}”</source>
        <translation>Solicitar una transcripción de «{job}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="81" />
        <source>How the cielo24 job “{job}” is to be transcribed, and by when.</source>
        <translation>Cómo se debe transcribir el trabajo de cielo24 «{job}» y para cuándo.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="83" />
        <source>Request a transcription of the job</source>
        <translation>Solicitar una transcripción del trabajo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="84" />
        <source>How the cielo24 job the job is to be transcribed, and by when.</source>
        <translation>Cómo se debe transcribir este trabajo de cielo24 y para cuándo.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="97" />
        <source>e.g. Festival interview, episode 104</source>
        <translation>p. ej., Entrevista del festival, episodio 104</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="100" />
        <source>The language spoken in the media (RFC 5646, e.g. en, es, fr-CA)</source>
        <translation>El idioma hablado en los medios (RFC 5646, p. ej., en, es, fr-CA)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="102" />
        <source>optional: your own reference</source>
        <translation>opcional: su propia referencia</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="104" />
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="106" />
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="107" />
        <source>Spoken language:</source>
        <translation>Idioma hablado:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="108" />
        <source>External ID:</source>
        <translation>ID externo:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="115" />
        <source>Local file</source>
        <translation>Archivo local</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="117" />
        <source>Public URL cielo24 can download</source>
        <translation>URL pública que cielo24 pueda descargar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="124" />
        <source>Video or audio file, up to 10 GB</source>
        <translation>Archivo de vídeo o audio, hasta 10 GB</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="125" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="130" />
        <source>This URL is the media of another job too (send it again)</source>
        <translation>Esta URL también es el medio de otro trabajo (enviarla de nuevo)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="133" />
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="152" />
        <source>Request transcription now</source>
        <translation>Solicitar la transcripción ahora</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="153" />
        <source>Transcription</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="164" />
        <source>Within a number of hours…</source>
        <translation>En un número de horas…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="167" />
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="170" />
        <source>optional: translate into (e.g. es)</source>
        <translation>opcional: traducir a (p. ej., es)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="172" />
        <source>optional: notes for the transcribers (names, terms)</source>
        <translation>opcional: notas para los transcriptores (nombres, términos)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="177" />
        <source>Fidelity:</source>
        <translation>Fidelidad:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="182" />
        <source>Turnaround:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="183" />
        <source>Translation:</source>
        <translation>Traducción:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="184" />
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="200" />
        <source>Create job</source>
        <translation>Crear trabajo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="200" />
        <source>Add media</source>
        <translation>Añadir medios</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="201" />
        <source>Request</source>
        <translation>Solicitar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="230" />
        <source>Choose the media</source>
        <translation>Elegir los medios</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="242" />
        <source>Say which language is spoken in the media.</source>
        <translation>Indique qué idioma se habla en los medios.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="247" />
        <source>Choose a media file.</source>
        <translation>Elija un archivo multimedia.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="250" />
        <source>{name} is not a file that can be read.</source>
        <translation>{name} no es un archivo que se pueda leer.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="253" />
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="255" />
        <source>{name} is {size} GB; cielo24 takes media files of up to 10 GB.</source>
        <translation>{name} ocupa {size} GB; cielo24 admite archivos multimedia de hasta 10 GB.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="260" />
        <source>Give the media's URL.</source>
        <translation>Indique la URL de los medios.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="262" />
        <source>The media URL must start with http:// or https://.</source>
        <translation>La URL de los medios debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="264" />
        <source>A transcription needs media: choose a file or give a URL (or untick the request).</source>
        <translation>Una transcripción necesita medios: elija un archivo o indique una URL (o desmarque la solicitud).</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="31" />
        <source>Authorizing</source>
        <extracomment>The job info dict behind a row. A job status's colour: a ThemeColors name, looked up in the scheme on screen when drawn. cielo24's job statuses and turnaround priorities as shown (the services' own words, translated where they are shown; a value not listed here shows as it comes).</extracomment>
        <translation>Autorizando</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="32" />
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="33" />
        <source>In Process</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="34" />
        <source>Reviewing</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="35" />
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="36" />
        <source>Media Failure</source>
        <translation>Error de medios</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="39" />
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="40" />
        <source>Priority</source>
        <translation>Prioritaria</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="41" />
        <source>Critical</source>
        <translation>Crítica</translation>
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
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="106" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="252" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="107" />
        <source>Fidelity</source>
        <translation>Fidelidad</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="108" />
        <source>Turnaround</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="109" />
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="110" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="111" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="253" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="112" />
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="166" />
        <source>Waiting for media</source>
        <extracomment>job id -&gt; what this session is doing with it ("Uploading 40 %", "Checking every 30 s")</extracomment>
        <translation>Esperando medios</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="168" />
        <source>Media received</source>
        <translation>Medios recibidos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="199" />
        <source>{name}
Job {job}</source>
        <translation>{name}
Trabajo {job}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="202" />
        <source>{text}
External ID {id}</source>
        <translation>{text}
ID externo {id}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="217" />
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="218" />
        <source>Waiting for DatoCMS</source>
        <translation>Esperando a DatoCMS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="219" />
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="220" />
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="221" />
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="222" />
        <source>Errored</source>
        <translation>Con error</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="223" />
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="224" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="251" />
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="65" />
        <source>BCP 47 code, e.g. it-IT</source>
        <extracomment>The chosen code changed: (code or "" when invalid)</extracomment>
        <translation>Código BCP 47, p. ej. it-IT</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="92" />
        <source>The {source} organization's languages, or type a BCP 47 code</source>
        <extracomment>Dotsub language records by id, when they were loaded.</extracomment>
        <translation>Los idiomas de la organización de {source}, o escriba un código BCP 47</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="127" />
        <source>“{text}” is not a BCP 47 language code (like it-IT or pt-BR)</source>
        <translation>«{text}» no es un código de idioma BCP 47 (como it-IT o pt-BR)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="130" />
        <source>Pick a language or type its BCP 47 code</source>
        <translation>Elija un idioma o escriba su código BCP 47</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="96" />
        <source>Editor</source>
        <extracomment>the window closed for good (after any "save changes?" question) The theme in force: ui.app applies the saved one before any window exists. The dialogs while open (non-blocking; tests reach them here). Called before closing; False keeps the window open (the editor asks about unsaved work).</extracomment>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="131" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="138" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="150" />
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="152" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="157" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="160" />
        <source>&amp;Activity</source>
        <translation>&amp;Actividad</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="163" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="164" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="168" />
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="173" />
        <source>&amp;About Subtitle Desk</source>
        <translation>&amp;Acerca de Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="234" />
        <source>About Subtitle Desk</source>
        <translation>Acerca de Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="201" />
        <source>Subtitle editing and QC, and the Dotsub VideoTMS, DatoCMS and cielo24 workflows in one window.</source>
        <translation>Edición y control de calidad de subtítulos, y los flujos de trabajo de Dotsub VideoTMS, DatoCMS y cielo24 en una sola ventana.</translation>
    </message>
</context>
<context>
    <name>MediaBinding</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="34" />
        <source>Video and audio ({patterns});;All files (*)</source>
        <translation>Vídeo y audio ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="39" />
        <source>No video. Playback ▸ Open video… (Ctrl+Shift+O), or drop a video file here.</source>
        <extracomment>The file dialog's filter (in English: ``video_filter()`` is the one shown). The empty video and waveform areas' texts (in English: shown translated).</extracomment>
        <translation>Sin vídeo. Reproducción ▸ Abrir vídeo… (Ctrl+Mayús+O), o suelte aquí un archivo de vídeo.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="41" />
        <source>The audio waveform appears here once a video is open.</source>
        <translation>La forma de onda del audio aparece aquí cuando hay un vídeo abierto.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="92" />
        <source>Open &amp;video…</source>
        <extracomment>a video (path or URL) was loaded into the panel While True, a replaced document does not bring back its remembered video (the workspace loads the session's own). The subtitle file the loaded video belongs to.</extracomment>
        <translation>Abrir &amp;vídeo…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="96" />
        <source>Play a video (or audio) file beside these subtitles</source>
        <translation>Reproducir un archivo de vídeo (o audio) junto a estos subtítulos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="99" />
        <source>&amp;Follow the playhead in the table</source>
        <translation>&amp;Seguir el cabezal de reproducción en la tabla</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="103" />
        <source>While the video plays, select the cue on screen (not while typing)</source>
        <translation>Mientras se reproduce el vídeo, seleccionar el subtítulo en pantalla (no al escribir)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="120" />
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="127" />
        <source>&amp;Speed</source>
        <translation>&amp;Velocidad</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="137" />
        <source>&amp;Nudge</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="169" />
        <source>Open video</source>
        <translation>Abrir vídeo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="276" />
        <source>Video: {name}</source>
        <translation>Vídeo: {name}</translation>
    </message>
</context>
<context>
    <name>MediaDetail</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="191" />
        <source>Media ID:</source>
        <translation>ID del medio:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="191" />
        <source>External ID:</source>
        <translation>ID externo:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="192" />
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="192" />
        <source>Workflow:</source>
        <translation>Flujo de trabajo:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="193" />
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="193" />
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="194" />
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="194" />
        <source>Length:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="194" />
        <source>Upload:</source>
        <translation>Subida:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="195" />
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="195" />
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="217" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="217" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="217" />
        <source>Subtitles</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="234" />
        <source>The subtitle format to download from Dotsub</source>
        <translation>El formato de subtítulos que se descarga de Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="235" />
        <source>Open in editor</source>
        <translation>Abrir en el editor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="237" />
        <source>Download the selected language's subtitles and open them (Enter)</source>
        <translation>Descargar los subtítulos del idioma seleccionado y abrirlos (Intro)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="239" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="241" />
        <source>Read this media from Dotsub again</source>
        <translation>Volver a leer este medio de Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="243" />
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="245" />
        <source>Show every task of this media in the tasks view</source>
        <translation>Mostrar todas las tareas de este medio en la vista de tareas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="251" />
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="262" />
        <source>Select a media to see its languages, upload state and notes.</source>
        <translation>Seleccione un medio para ver sus idiomas, el estado de la subida y las notas.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="274" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="277" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="279" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="281" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="320" />
        <source>No description.</source>
        <translation>Sin descripción.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="321" />
        <source>No notes.</source>
        <translation>Sin notas.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="333" />
        <source>No thumbnail</source>
        <translation>Sin miniatura</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="334" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="346" />
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="347" />
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="347" />
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="354" />
        <source>Complete</source>
        <translation>Completos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="354" />
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="401" />
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="404" />
        <source>{status} at {percent} %</source>
        <translation>{status} al {percent} %</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="408" />
        <source>{status} (from {origin})</source>
        <translation>{status} (desde {origin})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="410" />
        <source>{status}: {error}</source>
        <translation>{status}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="414" />
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="414" />
        <source>a URL</source>
        <translation>una URL</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="420" />
        <source>Failed: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="422" />
        <source>Encoded (MP4, HD)</source>
        <translation>Codificado (MP4, HD)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="423" />
        <source>Encoded (MP4)</source>
        <translation>Codificado (MP4)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="424" />
        <source>Not encoded yet</source>
        <translation>Aún no codificado</translation>
    </message>
</context>
<context>
    <name>MediaModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="52" />
        <source>Encoding failed: {error}</source>
        <extracomment>Thumbnails in the table's rows.</extracomment>
        <translation>Falló la codificación: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="54" />
        <source>Upload failed</source>
        <translation>Falló la subida</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="56" />
        <source>Uploading {percent} %</source>
        <translation>Subiendo: {percent} %</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="58" />
        <source>Waiting for upload</source>
        <translation>Esperando la subida</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="60" />
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="62" />
        <source>Encoding</source>
        <translation>Codificando</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="66" />
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="80" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="80" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="81" />
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="82" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="83" />
        <source>Subtitled</source>
        <translation>Subtitulado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="84" />
        <source>Upload / encoding</source>
        <translation>Subida / codificación</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="85" />
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="86" />
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="87" />
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="105" />
        <source>Loading Dotsub media</source>
        <translation>Cargando medios de Dotsub</translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="443" />
        <source>Search titles (Ctrl+F)</source>
        <extracomment>Set by ``install``: show the tasks view filtered to one media (media id).</extracomment>
        <translation>Buscar en los títulos (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="444" />
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="546" />
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="445" />
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="446" />
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="447" />
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="448" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="450" />
        <source>Load the media list again (F5)</source>
        <translation>Volver a cargar la lista de medios (F5)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="551" />
        <source>Loading media…</source>
        <translation>Cargando medios…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="489" />
        <source>Dotsub media</source>
        <translation>Medios de Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="503" />
        <source>Find media by title</source>
        <translation>Buscar medios por título</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="503" />
        <source>Load the media list again</source>
        <translation>Volver a cargar la lista de medios</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="510" />
        <source>Open the selected language in the editor</source>
        <translation>Abrir el idioma seleccionado en el editor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="551" />
        <source>Loading more media…</source>
        <translation>Cargando más medios…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="552" />
        <source>The media list could not be loaded: {error}</source>
        <translation>No se pudo cargar la lista de medios: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="562" />
        <source>%n media</source>
        <translation><numerusform>%n medio</numerusform><numerusform>%n medios</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="563" />
        <source>{shown} of %n media shown</source>
        <translation><numerusform>{shown} de %n medio mostrados</numerusform><numerusform>{shown} de %n medios mostrados</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="553" />
        <source>The media list could not be loaded. See the message above; Retry when the problem is fixed.</source>
        <translation>No se pudo cargar la lista de medios. Consulte el mensaje de arriba; Reintentar cuando se resuelva el problema.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="555" />
        <source>Loading media from Dotsub…</source>
        <translation>Cargando medios de Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="556" />
        <source>No media match these filters.
Change the title or project, or choose Clear filters.</source>
        <translation>Ningún medio coincide con estos filtros.
Cambie el título o el proyecto, o elija Borrar filtros.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="558" />
        <source>This Dotsub organization has no media yet.
Upload a video to Dotsub to see it here.</source>
        <translation>Esta organización de Dotsub aún no tiene medios.
Suba un vídeo a Dotsub para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="587" />
        <source>Refreshing media {media}</source>
        <translation>Actualizando el medio {media}</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="94" />
        <source>No waveform: {error}</source>
        <translation>Sin forma de onda: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="191" />
        <source>&amp;Play / pause</source>
        <translation>&amp;Reproducir / pausa</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="192" />
        <source>Play or pause the video</source>
        <translation>Reproducir o pausar el vídeo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="193" />
        <source>Play &amp;current cue</source>
        <translation>Reproducir el subtítulo &amp;actual</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="195" />
        <source>Play the current cue from its start to its end</source>
        <translation>Reproducir el subtítulo actual de principio a fin</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="196" />
        <source>Set cue &amp;start at playhead</source>
        <translation>Fijar el &amp;inicio en el cabezal</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="198" />
        <source>The current cue starts at the playhead</source>
        <translation>El subtítulo actual empieza en el cabezal</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="199" />
        <source>Set cue &amp;end at playhead</source>
        <translation>Fijar el &amp;final en el cabezal</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="201" />
        <source>The current cue ends at the playhead</source>
        <translation>El subtítulo actual termina en el cabezal</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="202" />
        <source>Start one frame earlier</source>
        <translation>Inicio un fotograma antes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="204" />
        <source>Start one frame later</source>
        <translation>Inicio un fotograma después</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="206" />
        <source>End one frame earlier</source>
        <translation>Final un fotograma antes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="208" />
        <source>End one frame later</source>
        <translation>Final un fotograma después</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="210" />
        <source>Start 100 ms earlier</source>
        <translation>Inicio 100 ms antes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="212" />
        <source>Start 100 ms later</source>
        <translation>Inicio 100 ms después</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="214" />
        <source>End 100 ms earlier</source>
        <translation>Final 100 ms antes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="216" />
        <source>End 100 ms later</source>
        <translation>Final 100 ms después</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="218" />
        <source>S&amp;lower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="219" />
        <source>Play more slowly (down to 0.5×)</source>
        <translation>Reproducir más despacio (hasta 0,5×)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="220" />
        <source>&amp;Faster</source>
        <translation>Más &amp;rápido</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="221" />
        <source>Play faster (up to 2×)</source>
        <translation>Reproducir más rápido (hasta 2×)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="329" />
        <source>Audio only: no picture in this media.</source>
        <translation>Solo audio: este medio no tiene imagen.</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="34" />
        <source>This video is AV1, which this workstation cannot decode. Ask for an H.264 proxy.</source>
        <extracomment>In English (the tests compare with it); shown translated (``MediaPlayer`` context).</extracomment>
        <translation>Este vídeo está en AV1, que este equipo no puede descodificar. Solicite un proxy H.264.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="198" />
        <source>The media file is missing: {name}</source>
        <extracomment>Playing this long with a video track and no picture means the video cannot be decoded. Once per process: Qt's messages routed, FFmpeg's level set. media opened: (has_audio, has_video)</extracomment>
        <translation>Falta el archivo multimedia: {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="307" />
        <source>the media is not readable.</source>
        <translation>el medio no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="308" />
        <location filename="../../subtitle_desk/ui/media/player.py" line="327" />
        <source>Cannot play {name}: {error}</source>
        <translation>No se puede reproducir {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="326" />
        <source>unknown media error.</source>
        <translation>error multimedia desconocido.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="336" />
        <source>{codec} video in {name} shows no picture: this workstation cannot decode it. Ask for an H.264 proxy.</source>
        <translation>El vídeo {codec} de {name} no muestra imagen: este equipo no puede descodificarlo. Solicite un proxy H.264.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="340" />
        <source>The video in {name} shows no picture: this workstation cannot decode it. Ask for an H.264 proxy.</source>
        <translation>El vídeo de {name} no muestra imagen: este equipo no puede descodificarlo. Solicite un proxy H.264.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/paging.py" line="117" />
        <source>Sort by {lower_column}</source>
        <extracomment>The service's record (dict) behind a row. column key -&gt; the service's sort key; columns not listed cannot be sorted. Does the service sort ascending without a prefix (media) or descending (tasks)? Keep each row's display texts once worked out (only when they depend on the record alone). The roles ``role_data`` answers; None: ask it for every role. A page is being fetched (True) or arrived/failed (False): the page shows a busy line. The last fetch failed with this message ("" when it succeeded). Page 0 arrived: (total number of records matching the filters). Each row's display texts (``CACHE_DISPLAY``), None until the row is first painted. How many pages were requested since the last reload (tests and benchmarks read it).</extracomment>
        <translation>Ordenar por {lower_column}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/paging.py" line="118" />
        <source>{column} (not sortable)</source>
        <translation>{column} (no se puede ordenar)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/paging.py" line="215" />
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="23" />
        <source>As the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="24" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="25" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="50" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="64" />
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="65" />
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="66" />
        <source>The desktop's font: {family}, {size} pt</source>
        <translation>La fuente del escritorio: {family}, {size} pt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="76" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="77" />
        <source>How often unsaved changes are copied aside, to be restored after a crash</source>
        <translation>Cada cuánto se guardan aparte los cambios sin guardar, para recuperarlos tras un fallo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="84" />
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="87" />
        <source>Personal word lists…</source>
        <translation>Listas de palabras personales…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="88" />
        <source>Open the folder of the words you added: {folder}</source>
        <translation>Abrir la carpeta de las palabras que añadió: {folder}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="94" />
        <source>Show the audio waveform under the cue table</source>
        <translation>Mostrar la forma de onda del audio bajo la tabla de subtítulos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="96" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="98" />
        <source>Cue text font:</source>
        <translation>Fuente del texto de los subtítulos:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="102" />
        <source>Autosave every:</source>
        <translation>Autoguardado cada:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="103" />
        <source>QC preset:</source>
        <translation>Preajuste de control de calidad:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="104" />
        <source>For files without a specification of their own</source>
        <translation>Para archivos sin especificación propia</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="105" />
        <source>Spelling language:</source>
        <translation>Idioma de la ortografía:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="106" />
        <source>For files that do not say their language</source>
        <translation>Para archivos que no indican su idioma</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="107" />
        <source>Waveform:</source>
        <translation>Forma de onda:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="121" />
        <source>Dotsub and appearance</source>
        <translation>Dotsub y apariencia</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="123" />
        <source>Download subtitles as:</source>
        <translation>Descargar subtítulos como:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="124" />
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="125" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="126" />
        <source>The new language shows when Subtitle Desk next starts</source>
        <translation>El nuevo idioma se muestra la próxima vez que se inicie Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="134" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="139" />
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="141" />
        <source>Work folder:</source>
        <translation>Carpeta de trabajo:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="143" />
        <source>Downloaded subtitles being worked on, and files about to be sent.
Empty: the app's data folder. Work already in the old folder
stays there: open it from there (File ▸ Open) to go on with it.</source>
        <translation>Subtítulos descargados en curso y archivos a punto de enviarse.
Vacío: la carpeta de datos de la aplicación. El trabajo ya en la carpeta antigua
se queda allí: ábralo desde allí (Archivo ▸ Abrir) para continuarlo.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="176" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (sin diccionario)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="207" />
        <source>Give the work folder's whole path (or choose it).</source>
        <translation>Indique la ruta completa de la carpeta de trabajo (o elíjala).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="209" />
        <source>{path} is inside a cache folder, which cleaning tools may empty: choose another place for work.</source>
        <translation>{path} está dentro de una carpeta de caché, que las herramientas de limpieza pueden vaciar: elija otro lugar para el trabajo.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="212" />
        <source>{path} is a file, not a folder.</source>
        <translation>{path} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="247" />
        <source>Keep work in</source>
        <translation>Guardar el trabajo en</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="51" />
        <source>Cue</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="51" />
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="52" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="123" />
        <source>Cue {number}: {problem}</source>
        <translation>Subtítulo {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="91" />
        <source>Publish subtitles to DatoCMS</source>
        <translation>Publicar subtítulos en DatoCMS</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="94" />
        <source>Publish &lt;b&gt;{name}&lt;/b&gt; (%n cue(s)) as a WebVTT subtitles track of &lt;b&gt;{video}&lt;/b&gt;.</source>
        <translation><numerusform>Publicar &lt;b&gt;{name}&lt;/b&gt; (%n subtítulo) como pista de subtítulos WebVTT de &lt;b&gt;{video}&lt;/b&gt;.</numerusform><numerusform>Publicar &lt;b&gt;{name}&lt;/b&gt; (%n subtítulos) como pista de subtítulos WebVTT de &lt;b&gt;{video}&lt;/b&gt;.</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="96" />
        <source>Closed captions (SDH: sound effects and speaker names for deaf and hard-of-hearing viewers)</source>
        <translation>Subtitulado SPS (efectos de sonido y nombres de los hablantes para espectadores sordos o con discapacidad auditiva)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="107" />
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="111" />
        <source>WebVTT cannot keep everything in these subtitles:
• {notes}</source>
        <translation>WebVTT no puede conservar todo lo que contienen estos subtítulos:
• {notes}</translation>
    </message>
</context>
<context>
    <name>QcPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="32" />
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="203" />
        <source>Reading speed</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="33" />
        <source>Line too long</source>
        <translation>Línea demasiado larga</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="34" />
        <source>Too many lines</source>
        <translation>Demasiadas líneas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="35" />
        <source>Too short</source>
        <translation>Demasiado corto</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="35" />
        <source>Too long</source>
        <translation>Demasiado largo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="36" />
        <source>Gap too small</source>
        <translation>Separación demasiado pequeña</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="36" />
        <source>Overlap</source>
        <translation>Solapamiento</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="37" />
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="37" />
        <source>Bad timing</source>
        <translation>Tiempos incorrectos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="38" />
        <source>Untranslated</source>
        <translation>Sin traducir</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="39" />
        <source>Glossary term</source>
        <translation>Término del glosario</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="39" />
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="171" />
        <source>The subtitle specification the cues are checked against</source>
        <translation>La especificación de subtítulos con la que se comprueba</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="175" />
        <source>Show the problems of one rule</source>
        <translation>Mostrar los problemas de una regla</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="211" />
        <source>Spec:</source>
        <translation>Especificación:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="236" />
        <source>Load Dotsub spec…</source>
        <translation>Cargar especificación de Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="293" />
        <source>All rules ({count})</source>
        <translation>Todas las reglas ({count})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="295" />
        <source>{rule} ({count})</source>
        <translation>{rule} ({count})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="301" />
        <source>No document</source>
        <translation>Ningún documento</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="304" />
        <source>✔ No problems</source>
        <translation>✔ Sin problemas</translation>
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
        <translation>{problems} en {cues}: {rules}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="313" />
        <source>⚠ %n problem(s)</source>
        <translation><numerusform>⚠ %n problema</numerusform><numerusform>⚠ %n problemas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="313" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n subtítulo</numerusform><numerusform>%n subtítulos</numerusform></translation>
    </message>
</context>
<context>
    <name>QcProblem</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="39" />
        <source>"{word}"</source>
        <translation>«{word}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="52" />
        <source>no text</source>
        <translation>sin texto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="55" />
        <source>%n lines (limit {limit})</source>
        <translation><numerusform>%n línea (límite {limit})</numerusform><numerusform>%n líneas (límite {limit})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="59" />
        <source>line {line} has %n characters (limit {limit})</source>
        <translation><numerusform>la línea {line} tiene %n carácter (límite {limit})</numerusform><numerusform>la línea {line} tiene %n caracteres (límite {limit})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="61" />
        <source>line has %n characters (limit {limit})</source>
        <translation><numerusform>la línea tiene %n carácter (límite {limit})</numerusform><numerusform>la línea tiene %n caracteres (límite {limit})</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="64" />
        <source>ends {ms} ms before it starts</source>
        <translation>termina {ms} ms antes de empezar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="65" />
        <source>ends when it starts</source>
        <translation>termina en el mismo momento en que empieza</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="67" />
        <source>lasts {ms} ms (minimum {limit} ms)</source>
        <translation>dura {ms} ms (mínimo {limit} ms)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="69" />
        <source>lasts {ms} ms (maximum {limit} ms)</source>
        <translation>dura {ms} ms (máximo {limit} ms)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="71" />
        <source>{cps} characters per second (limit {limit})</source>
        <translation>{cps} caracteres por segundo (límite {limit})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="74" />
        <source>overlaps the next cue by {ms} ms</source>
        <translation>se solapa {ms} ms con el subtítulo siguiente</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="76" />
        <source>{ms} ms gap to the next cue (minimum {limit} ms)</source>
        <translation>separación de {ms} ms con el subtítulo siguiente (mínimo {limit} ms)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="80" />
        <source>not translated: no text</source>
        <translation>sin traducir: sin texto</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="82" />
        <source>not translated: same text as the source</source>
        <translation>sin traducir: el mismo texto que el original</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="85" />
        <source>{list} or {item}</source>
        <translation>{list} o {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="85" />
        <source>{list}; {item}</source>
        <translation>{list}; {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="86" />
        <source>{term} should be translated as {translations}</source>
        <translation>{term} debería traducirse como {translations}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="90" />
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="91" />
        <source>misspelled: {words}</source>
        <translation>mal escrito: {words}</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="165" />
        <source>an untitled document</source>
        <extracomment>(key) after a recovery was written (recovery, document) when the user accepted</extracomment>
        <translation>un documento sin título</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="169" />
        <source> (autosaved {time})</source>
        <translation> (guardado automáticamente el {time})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="172" />
        <source>, %n cue(s)</source>
        <translation><numerusform>, %n subtítulo</numerusform><numerusform>, %n subtítulos</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="193" />
        <source>Restore unsaved changes?</source>
        <translation>¿Recuperar los cambios sin guardar?</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="194" />
        <source>Subtitle Desk did not close normally. Unsaved changes to {recovery} were autosaved.</source>
        <translation>Subtitle Desk no se cerró correctamente. Los cambios sin guardar en {recovery} se guardaron automáticamente.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="198" />
        <source>Restore them now? Discarding deletes the autosaved copy.</source>
        <translation>¿Recuperarlos ahora? Descartarlos elimina la copia guardada automáticamente.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="199" />
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="200" />
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="201" />
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="217" />
        <source>Cannot restore</source>
        <translation>No se puede recuperar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="218" />
        <source>The autosaved copy is damaged: {error}</source>
        <translation>La copia guardada automáticamente está dañada: {error}</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="49" />
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="52" />
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="54" />
        <source>Remove the stored value when you save</source>
        <translation>Quitar el valor guardado al guardar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="57" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="59" />
        <source>Show what you are typing (never the stored value)</source>
        <translation>Mostrar lo que escribe (nunca el valor guardado)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="86" />
        <source>New value</source>
        <translation>Nuevo valor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="110" />
        <source>Will be removed when you save</source>
        <translation>Se quitará al guardar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="113" />
        <source>Set for this session only</source>
        <translation>Establecido solo para esta sesión</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="113" />
        <source>Stored</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="121" />
        <source>(removed when you save)</source>
        <translation>(se quitará al guardar)</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="36" />
        <source>Send to Dotsub</source>
        <extracomment>``done()`` code of "Review problems".</extracomment>
        <translation>Enviar a Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="46" />
        <source>{target}&lt;br&gt;{cues} as &lt;tt&gt;{file}&lt;/tt&gt;, saved on this computer first.</source>
        <extracomment>Cues whose text is empty or still the source's. The question asked when the task is marked completed with cues untranslated.</extracomment>
        <translation>{target}&lt;br&gt;{cues} como &lt;tt&gt;{file}&lt;/tt&gt;, guardados antes en este ordenador.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="47" />
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="63" />
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="77" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n subtítulo</numerusform><numerusform>%n subtítulos</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="62" />
        <source>{problems} in {cues}&lt;/b&gt; against the specification:</source>
        <translation>{problems} en {cues}&lt;/b&gt; según la especificación:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="63" />
        <source>⚠ %n QC problem(s)</source>
        <translation><numerusform>⚠ %n problema de calidad</numerusform><numerusform>⚠ %n problemas de calidad</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="67" />
        <source>✔ No QC problems.</source>
        <translation>✔ Sin problemas de calidad.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="76" />
        <source>%n of {cues} is/are not translated yet</source>
        <translation><numerusform>%n de {cues} aún no está traducido</numerusform><numerusform>%n de {cues} aún no están traducidos</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="78" />
        <source> (empty, or still the source's text). Translation ▸ Next untranslated cue (F9) finds them.</source>
        <translation> (vacíos, o aún con el texto original). Traducción ▸ Subtítulo sin traducir siguiente (F9) los encuentra.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="82" />
        <source>Mark the task &amp;completed</source>
        <translation>Marcar la tarea como &amp;completada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="86" />
        <source>These subtitles were not opened from a task</source>
        <translation>Estos subtítulos no se abrieron desde una tarea</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="89" />
        <source>Task {task} is completed already</source>
        <translation>La tarea {task} ya está completada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="93" />
        <source>Task {task} moves on in the workflow once the subtitles are in</source>
        <translation>La tarea {task} avanza en el flujo de trabajo cuando llegan los subtítulos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="98" />
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="98" />
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="103" />
        <source>&amp;Review problems</source>
        <translation>&amp;Revisar los problemas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="127" />
        <source>Complete the task?</source>
        <translation>¿Completar la tarea?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="128" />
        <source>%n cue(s) is/are not translated yet. Mark the task completed anyway?</source>
        <translation><numerusform>%n subtítulo aún no está traducido. ¿Marcar la tarea como completada de todos modos?</numerusform><numerusform>%n subtítulos aún no están traducidos. ¿Marcar la tarea como completada de todos modos?</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="131" />
        <source>A completed task goes on to the next step of the workflow.</source>
        <translation>Una tarea completada pasa al siguiente paso del flujo de trabajo.</translation>
    </message>
</context>
<context>
    <name>ServiceSettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="140" />
        <source>{service} account</source>
        <translation>Cuenta de {service}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="151" />
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="170" />
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="232" />
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>SetupPrompt</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/widgets.py" line="66" />
        <source>Set up {service}…</source>
        <translation>Configurar {service}…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/widgets.py" line="85" />
        <source>Open the Settings menu to set up {service}</source>
        <translation>Abra el menú Configuración para configurar {service}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../subtitle_desk/ui/app.py" line="177" />
        <source>Restored unsaved changes to {name}</source>
        <extracomment>Things to close at exit (emulator servers, HTTP clients), closed in reverse order.</extracomment>
        <translation>Se restauraron los cambios no guardados de {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/app.py" line="194" />
        <source>Operation failed</source>
        <translation>La operación falló</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/app.py" line="224" />
        <source>Demo services on this computer: {services}</source>
        <translation>Servicios de demostración en este equipo: {services}</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="23" />
        <source>Shift times</source>
        <translation>Desplazar tiempos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="26" />
        <source>Seconds (1.5) or a time (0:00:01.500)</source>
        <translation>Segundos (1,5) o un tiempo (0:00:01.500)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="27" />
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="28" />
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="30" />
        <source>Only the %n selected cue(s)</source>
        <translation><numerusform>Solo el subtítulo seleccionado</numerusform><numerusform>Solo los %n subtítulos seleccionados</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="39" />
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="40" />
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="94" />
        <source>Window</source>
        <extracomment>Where a submenu's name joins its menu's in a group name ("Quality ▸ Specification").</extracomment>
        <translation>Ventana</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="103" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="106" />
        <source>Find a command or a key</source>
        <translation>Buscar un comando o una tecla</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="109" />
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="109" />
        <source>Keys</source>
        <translation>Teclas</translation>
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
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="61" />
        <source>No source cue at this time</source>
        <translation>No hay subtítulo original en este momento</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="68" />
        <source>Copy to cue</source>
        <translation>Copiar al subtítulo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="69" />
        <source>Replace the current cue's text with this source text (names, numbers, on-screen text); undoable</source>
        <translation>Reemplazar el texto del subtítulo actual por este texto original (nombres, números, texto en pantalla); se puede deshacer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="91" />
        <source>{language} (source, read-only)</source>
        <translation>{language} (original, solo lectura)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="93" />
        <source>{count} cues in the source language</source>
        <translation>{count} subtítulos en el idioma original</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="164" />
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="165" />
        <source>“{term}”: use {translations}</source>
        <translation>«{term}»: use {translations}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="167" />
        <source>“{term}”: in the glossary, without an approved translation</source>
        <translation>«{term}»: en el glosario, sin traducción aprobada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="213" />
        <source>No source cue at this time; nearest:</source>
        <translation>No hay subtítulo original en este momento; los más cercanos:</translation>
    </message>
</context>
<context>
    <name>SpecPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="25" />
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="25" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="26" />
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="26" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="27" />
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="27" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="28" />
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="28" />
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="29" />
        <source>Speaker id</source>
        <translation>ID del hablante</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="29" />
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="30" />
        <source>New line per speaker</source>
        <translation>Línea nueva por hablante</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="31" />
        <source>Double chevron (&gt;&gt;)</source>
        <translation>Doble comilla angular (&gt;&gt;)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="32" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="33" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="34" />
        <source>Dash per speaker (-)</source>
        <translation>Guion por hablante (-)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="39" />
        <source>spoken audio</source>
        <extracomment>What the spec asks to transcribe: (the Dotsub record's field, its name in the panel).</extracomment>
        <translation>audio hablado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="40" />
        <source>on-screen text</source>
        <translation>texto en pantalla</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="41" />
        <source>audio description</source>
        <translation>audiodescripción</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="61" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="68" />
        <source>Lines per cue</source>
        <translation>Líneas por subtítulo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="70" />
        <source>Characters per line</source>
        <translation>Caracteres por línea</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="72" />
        <source>Reading speed</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="73" />
        <source>{value} characters/s</source>
        <translation>{value} caracteres/s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="74" />
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="77" />
        <source>Minimum gap</source>
        <translation>Separación mínima</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="78" />
        <source>{value} ms</source>
        <translation>{value} ms</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="80" />
        <source>Speaker identification</source>
        <translation>Identificación de hablantes</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="82" />
        <source>Dialogue style</source>
        <translation>Estilo de diálogo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="85" />
        <source>Transcribe</source>
        <translation>Transcribir</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="114" />
        <source>No task specification.</source>
        <translation>Sin especificación de tarea.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="115" />
        <source>QC checks against {spec}.</source>
        <translation>El control de calidad comprueba según {spec}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="117" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="134" />
        <source>Media notes</source>
        <translation>Notas del medio</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="120" />
        <source>all languages</source>
        <translation>todos los idiomas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="123" />
        <source>Dotsub spec {id}</source>
        <translation>Especificación de Dotsub {id}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="126" />
        <source>(disabled)</source>
        <translation>(desactivada)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="132" />
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="137" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>SubtitleOpener</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/opener.py" line="63" />
        <source>Opening task {task}: {what}</source>
        <extracomment>Something is being opened: (what, shown in the page's status line) The editor has it: (WorkSession) Opening failed with the service's message The last session handed to the editor (tests and the smoke test read it).</extracomment>
        <translation>Abriendo la tarea {task}: {what}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/opener.py" line="70" />
        <source>Opening {what}</source>
        <translation>Abriendo {what}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/opener.py" line="77" />
        <source>Opening {what}…</source>
        <translation>Abriendo {what}…</translation>
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
        <translation>{count} d</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="85" />
        <source>{amount} overdue</source>
        <translation>vencida hace {amount}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="86" />
        <source>in {amount}</source>
        <translation>en {amount}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="91" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="93" />
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="95" />
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="96" />
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="100" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="100" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="101" />
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="102" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="103" />
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="104" />
        <source>Assignee</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="105" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="106" />
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="107" />
        <source>Media ID</source>
        <translation>ID del medio</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="108" />
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="109" />
        <source>Task ID</source>
        <translation>ID de la tarea</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="131" />
        <source>Loading Dotsub tasks</source>
        <extracomment>"Now" for the highlighting; refreshed on every reload (tests may pin it). Task id -&gt; the progress of its translation on this computer (see ``local_progress``).</extracomment>
        <translation>Cargando tareas de Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="197" />
        <source>Dotsub: {value} % done</source>
        <translation>Dotsub: {value} % hecho</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="200" />
        <source>On this computer: {progress}</source>
        <translation>En este ordenador: {progress}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="204" />
        <source>Task {task}: {type} {language}</source>
        <translation>Tarea {task}: {type} {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="208" />
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="210" />
        <source>Due within 24 hours</source>
        <translation>Vencen en 24 horas</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="52" />
        <source>Group</source>
        <extracomment>A task due within this time is "almost due". The light theme's row tints; rows take the scheme's own (``palette_colors()``) when drawn. The assignee types as the filter shows them (translated where shown).</extracomment>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="52" />
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="53" />
        <source>Asr</source>
        <translation>Reconocimiento de voz</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="53" />
        <source>Mt</source>
        <translation>Traducción automática</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="54" />
        <source>Tts</source>
        <translation>Texto a voz</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="54" />
        <source>Burn In</source>
        <translation>Incrustación</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="55" />
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="279" />
        <source>Search media titles (Ctrl+F)</source>
        <extracomment>The saved language filter, until the language list arrives. The task the footer describes (forgotten when it leaves the list). The "accept it first?" question of the last Open (tests read it). (target, marks, source mtimes) -&gt; progress, so unchanged work is not read again.</extracomment>
        <translation>Buscar en los títulos de los medios (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="282" />
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="287" />
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="290" />
        <source>Not completed</source>
        <translation>Sin completar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="290" />
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="290" />
        <source>Completed or not</source>
        <translation>Completadas o no</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="294" />
        <source>Accepted or not</source>
        <translation>Aceptadas o no</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="294" />
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="294" />
        <source>Not accepted</source>
        <translation>Sin aceptar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="296" />
        <source>Due from</source>
        <translation>Vencen desde</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="297" />
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="317" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="299" />
        <source>More filters</source>
        <translation>Más filtros</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="301" />
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="302" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="304" />
        <source>Load the task list again (F5)</source>
        <translation>Volver a cargar la lista de tareas (F5)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="306" />
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="307" />
        <source>Assignee name</source>
        <translation>Nombre del asignado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="310" />
        <source>Any assignee type</source>
        <translation>Cualquier tipo de asignado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="313" />
        <source>Media ID</source>
        <translation>ID del medio</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="314" />
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="315" />
        <source>Created since</source>
        <translation>Creadas desde</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="316" />
        <source>Completed from</source>
        <translation>Completadas desde</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="664" />
        <source>Loading tasks…</source>
        <translation>Cargando tareas…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="343" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="345" />
        <source>Download the subtitles, spec and video and open them in the editor (Enter)</source>
        <translation>Descargar los subtítulos, la especificación y el vídeo y abrirlos en el editor (Intro)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="347" />
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="349" />
        <source>Take the task: Dotsub assigns it to you</source>
        <translation>Tomar la tarea: Dotsub se la asigna</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="350" />
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="352" />
        <source>Give the task back to its original assignee</source>
        <translation>Devolver la tarea a su asignado original</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="356" />
        <source>The subtitle format to download from Dotsub</source>
        <translation>El formato de subtítulos que se descarga de Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="363" />
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="369" />
        <source>Dotsub tasks</source>
        <translation>Tareas de Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="376" />
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="377" />
        <source>Due within 24 hours</source>
        <translation>Vencen en 24 horas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="378" />
        <source>Due dates in local time</source>
        <translation>Vencimientos en hora local</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="414" />
        <source>Opened {title}</source>
        <translation>{title} abierto</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="411" />
        <source>Find tasks by title</source>
        <translation>Buscar tareas por título</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="411" />
        <source>Load the task list again</source>
        <translation>Volver a cargar la lista de tareas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="518" />
        <source>Accept the task?</source>
        <translation>¿Aceptar la tarea?</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="519" />
        <source>Nobody has accepted task {task} ({description}) yet. Accept it before you open it?</source>
        <translation>Nadie ha aceptado aún la tarea {task} ({description}). ¿Aceptarla antes de abrirla?</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="523" />
        <source>Dotsub then assigns it to you, so nobody else starts on it.</source>
        <translation>Dotsub se la asigna entonces, y nadie más empieza con ella.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="524" />
        <source>&amp;Accept and open</source>
        <translation>&amp;Aceptar y abrir</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="526" />
        <source>&amp;Open without accepting</source>
        <translation>A&amp;brir sin aceptar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="556" />
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="564" />
        <source>Accepting task {task} ({title})</source>
        <translation>Aceptando la tarea {task} ({title})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="565" />
        <source>Releasing task {task} ({title})</source>
        <translation>Liberando la tarea {task} ({title})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="576" />
        <source>Accepting task {task} failed: {error}</source>
        <translation>Falló la aceptación de la tarea {task}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="577" />
        <source>Releasing task {task} failed: {error}</source>
        <translation>Falló la liberación de la tarea {task}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="581" />
        <source>Task {task} accepted: it is yours now</source>
        <translation>Tarea {task} aceptada: ahora es suya</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="582" />
        <source>Task {task} released</source>
        <translation>Tarea {task} liberada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="640" />
        <source>{task} · {progress} on this computer</source>
        <translation>{task} · {progress} en este ordenador</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="664" />
        <source>Loading more tasks…</source>
        <translation>Cargando más tareas…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="665" />
        <source>The task list could not be loaded: {error}</source>
        <translation>No se pudo cargar la lista de tareas: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="674" />
        <source>%n task(s)</source>
        <translation><numerusform>%n tarea</numerusform><numerusform>%n tareas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="675" />
        <source>{shown} of %n task(s) shown</source>
        <translation><numerusform>{shown} de %n tarea mostradas</numerusform><numerusform>{shown} de %n tareas mostradas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="676" />
        <source>, %n overdue</source>
        <translation><numerusform>, %n vencida</numerusform><numerusform>, %n vencidas</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="666" />
        <source>The task list could not be loaded. See the message above; Retry when the problem is fixed.</source>
        <translation>No se pudo cargar la lista de tareas. Consulte el mensaje de arriba; Reintentar cuando se resuelva el problema.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="668" />
        <source>Loading tasks from Dotsub…</source>
        <translation>Cargando tareas de Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="669" />
        <source>No tasks match these filters.
Choose “Completed or not”, widen the due dates, or Clear filters.</source>
        <translation>Ninguna tarea coincide con estos filtros.
Elija «Completadas o no», amplíe las fechas de vencimiento o Borre los filtros.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="737" />
        <source>Task {task}: {type} {language}</source>
        <translation>Tarea {task}: {type} {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="741" />
        <source>from {language}</source>
        <translation>desde {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="743" />
        <source>assigned to {name}</source>
        <translation>asignada a {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="745" />
        <source>error: {error}</source>
        <translation>error: {error}</translation>
    </message>
</context>
<context>
    <name>TimeParseError</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/timefmt.py" line="55" />
        <source>'{text}' is not a time: expected H:MM:SS.mmm, MM:SS.mmm or seconds</source>
        <translation>«{text}» no es un tiempo: se espera H:MM:SS.mmm, MM:SS.mmm o segundos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/timefmt.py" line="60" />
        <source>'{text}' is not a time: minutes and seconds go up to 59</source>
        <translation>«{text}» no es un tiempo: los minutos y los segundos llegan hasta 59</translation>
    </message>
</context>
<context>
    <name>TrackForm</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="52" />
        <source>Shown in the player's subtitle menu</source>
        <extracomment>language id -&gt; track name</extracomment>
        <translation>Se muestra en el menú de subtítulos del reproductor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="56" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="57" />
        <source>Track name:</source>
        <translation>Nombre de la pista:</translation>
    </message>
</context>
<context>
    <name>TracksModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="131" />
        <source>Language</source>
        <extracomment>Set by the controller: called when the view wants the next page.</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="132" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="133" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="134" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="184" />
        <source>SDH</source>
        <translation>SPS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="135" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="136" />
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="181" />
        <source>Subtitles</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="182" />
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="197" />
        <source>Closed captions (subtitles for the deaf and hard of hearing)</source>
        <translation>Subtitulado SPS (subtítulos para personas sordas y con discapacidad auditiva)</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="31" />
        <source>Playhead position</source>
        <translation>Posición del cabezal</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="38" />
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="58" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="58" />
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>UploadForm</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="37" />
        <source>A title is required.</source>
        <extracomment>Dotsub's rule for media titles (letters and digits in any script, spaces and ()_-,.).</extracomment>
        <translation>El título es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="39" />
        <source>The title is {length} characters long; keep it to {limit}.</source>
        <translation>El título tiene {length} caracteres; no supere los {limit}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="45" />
        <source>The title “{title}” has characters Dotsub does not allow: {characters}. Use letters, digits, spaces and ( ) _ - , . only.</source>
        <translation>El título «{title}» contiene caracteres que Dotsub no admite: {characters}. Use solo letras, dígitos, espacios y ( ) _ - , .</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="54" />
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="75" />
        <source>File</source>
        <extracomment>Ask the page to (re)load projects and languages.</extracomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="75" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="75" />
        <source>Title on Dotsub</source>
        <translation>Título en Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="88" />
        <source>Drop video files here, or use Add files…</source>
        <translation>Suelte archivos de vídeo aquí o use Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="93" />
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="95" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="101" />
        <source>Choose a project…</source>
        <translation>Elegir un proyecto…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="113" />
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="114" />
        <source>Load the projects and languages from Dotsub again</source>
        <translation>Volver a cargar los proyectos y los idiomas de Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="117" />
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="118" />
        <source>Language spoken</source>
        <translation>Idioma hablado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="119" />
        <source>Translate into</source>
        <translation>Traducir a</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="130" />
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="327" />
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="183" />
        <source>Videos to upload to Dotsub</source>
        <translation>Vídeos para subir a Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="184" />
        <source>Video and audio ({patterns});;All files (*)</source>
        <translation>Vídeo y audio ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="273" />
        <source>Add at least one video file.</source>
        <translation>Añada al menos un archivo de vídeo.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="275" />
        <source>Choose the Dotsub project the videos go to.</source>
        <translation>Elija el proyecto de Dotsub al que van los vídeos.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="276" />
        <source>Choose a Dotsub project (none loaded yet).</source>
        <translation>Elija un proyecto de Dotsub (aún no se ha cargado ninguno).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="280" />
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="327" />
        <source>Upload %n file(s)</source>
        <translation><numerusform>Subir %n archivo</numerusform><numerusform>Subir %n archivos</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="330" />
        <source>Choose the Dotsub project first</source>
        <translation>Elija primero el proyecto de Dotsub</translation>
    </message>
</context>
<context>
    <name>UploadQueue</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="47" />
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="48" />
        <source>Creating media</source>
        <translation>Creando el medio</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="49" />
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="50" />
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="51" />
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="52" />
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="53" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="107" />
        <source>{sent} of {total}</source>
        <extracomment>What the remote media is in, in words ("Dotsub lists media 12 as a pending upload ...").</extracomment>
        <translation>{sent} de {total}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="130" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="130" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="131" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="131" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="132" />
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="132" />
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="133" />
        <source>On Dotsub</source>
        <translation>En Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="196" />
        <source>Nothing was sent to Dotsub.</source>
        <extracomment>(job) whenever a job's state, progress or remote state changes. How many files upload at once. The engine's own retries of a dropped connection / 5xx within one run, and its backoff.</extracomment>
        <translation>No se envió nada a Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="224" />
        <source>Deleting media {media} failed: {error}</source>
        <translation>No se pudo eliminar el medio {media}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="228" />
        <source>Media {media} was deleted from Dotsub.</source>
        <translation>El medio {media} se eliminó de Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="232" />
        <source>Deleting Dotsub media {media} ({file})</source>
        <translation>Eliminando el medio de Dotsub {media} ({file})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="262" />
        <source>Uploading {file} to Dotsub</source>
        <translation>Subiendo {file} a Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="267" />
        <source>Creating the media on Dotsub…</source>
        <translation>Creando el medio en Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="319" />
        <source>{rate}/s, {time} left</source>
        <translation>{rate}/s, quedan {time}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="320" />
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="321" />
        <source>{progress}, {pace} (attempt {attempt})</source>
        <translation>{progress}, {pace} (intento {attempt})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="322" />
        <source>{progress}, {pace}</source>
        <translation>{progress}, {pace}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="334" />
        <source>Media {media} in project {project}: {status}.</source>
        <translation>Medio {media} en el proyecto {project}: {status}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="337" />
        <source>{size} sent; media {media}</source>
        <translation>{size} enviados; medio {media}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="346" />
        <source>No media was created on Dotsub.</source>
        <translation>No se creó ningún medio en Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="348" />
        <source>Dotsub lists the upload of media {media} as {status}: Retry uploads it again.</source>
        <translation>Dotsub muestra la subida del medio {media} como «{status}»: Reintentar lo vuelve a subir.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="357" />
        <source>Cancelled before Dotsub answered: if a media was created, it has no video (look for the title in Media).</source>
        <translation>Cancelado antes de que Dotsub respondiera: si se creó un medio, no tiene vídeo (busque el título en Medios).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="359" />
        <source>Media {media} stays on Dotsub as a pending upload without a video: Retry uploads it again, Delete media removes it.</source>
        <translation>El medio {media} queda en Dotsub como subida pendiente sin vídeo: Reintentar lo vuelve a subir, Eliminar el medio lo quita.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="370" />
        <source>Media {media} is no longer on Dotsub.</source>
        <translation>El medio {media} ya no está en Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="379" />
        <source>Dotsub lists media {media} as a pending upload ({status}, {percent} %) without a video: Retry uploads it again, Delete media removes it.</source>
        <translation>Dotsub muestra el medio {media} como subida pendiente ({status}, {percent} %) sin vídeo: Reintentar lo vuelve a subir, Eliminar el medio lo quita.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="383" />
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="384" />
        <source>Dotsub lists the upload of media {media} as {status}.</source>
        <translation>Dotsub muestra la subida del medio {media} como «{status}».</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="439" />
        <source>Failed: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="441" />
        <source>Uploading (attempt {attempt})</source>
        <translation>Subiendo (intento {attempt})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="452" />
        <source>Media {media}</source>
        <translation>Medio {media}</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="45" />
        <source>Upload</source>
        <translation>Subida</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="46" />
        <source>&amp;Upload</source>
        <translation>&amp;Subida</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="48" />
        <source>Upload &amp;videos to Dotsub…</source>
        <translation>Subir &amp;vídeos a Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="51" />
        <source>Show &amp;uploads</source>
        <translation>Mostrar las &amp;subidas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="53" />
        <source>&amp;Cancel all uploads</source>
        <translation>&amp;Cancelar todas las subidas</translation>
    </message>
</context>
<context>
    <name>UploadsModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="72" />
        <source>Video</source>
        <extracomment>The record (Upload, Track or JobEntry) behind a row. A track status's colour: a ThemeColors name, looked up in the scheme on screen when drawn.</extracomment>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="73" />
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="74" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="75" />
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="158" />
        <source>Upload videos to Dotsub</source>
        <translation>Subir vídeos a Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="160" />
        <source>Uploads</source>
        <translation>Subidas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="196" />
        <source>Loading projects and languages from Dotsub…</source>
        <translation>Cargando proyectos e idiomas de Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="199" />
        <source>Loading Dotsub projects and languages</source>
        <translation>Cargando los proyectos e idiomas de Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="210" />
        <source>Could not load the projects and languages: {error}</source>
        <translation>No se pudieron cargar los proyectos y los idiomas: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="221" />
        <source>{projects} projects, {languages} languages in your organization.</source>
        <translation>{projects} proyectos, {languages} idiomas en su organización.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="243" />
        <source>Uploading %n file(s) to Dotsub</source>
        <translation><numerusform>Subiendo %n archivo a Dotsub</numerusform><numerusform>Subiendo %n archivos a Dotsub</numerusform></translation>
    </message>
</context>
<context>
    <name>UploadsPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="69" />
        <source>No uploads yet. Add video files above and press Upload.</source>
        <translation>Aún no hay subidas. Añada archivos de vídeo arriba y pulse Subir.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="76" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="78" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="80" />
        <source>Delete media on Dotsub</source>
        <translation>Eliminar el medio en Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="82" />
        <source>Remove the media a failed or cancelled upload left on Dotsub</source>
        <translation>Eliminar el medio que una subida fallida o cancelada dejó en Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="83" />
        <source>Clear finished</source>
        <translation>Quitar las terminadas</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="130" />
        <source>{file} → “{title}”: {state}</source>
        <translation>{file} → «{title}»: {state}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="140" />
        <source>{active} uploading, {queued} queued (at most {parallel} at a time)</source>
        <translation>{active} subiendo, {queued} en cola (como máximo {parallel} a la vez)</translation>
    </message>
</context>
<context>
    <name>UploadsQuitQuestion</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="253" />
        <source>Uploads still running</source>
        <translation>Hay subidas en curso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="266" />
        <source>%n upload(s) to Dotsub not finished. Quitting cancels it/them; media already created stay on Dotsub as pending uploads without a video.

Quit anyway?</source>
        <translation><numerusform>La subida a Dotsub no ha terminado. Al salir se cancelará; los medios ya creados quedan en Dotsub como subidas pendientes sin vídeo.

¿Salir de todos modos?</numerusform><numerusform>%n subidas a Dotsub no han terminado. Al salir se cancelarán; los medios ya creados quedan en Dotsub como subidas pendientes sin vídeo.

¿Salir de todos modos?</numerusform></translation>
    </message>
</context>
<context>
    <name>VideoCache</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/videos.py" line="105" />
        <source>The video was not saved: {error}</source>
        <extracomment>Await a video download up to this size before opening the editor; bigger ones open with the URL. Resolves to the size in bytes (None when the host does not say) once headers arrive.</extracomment>
        <translation>El vídeo no se guardó: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/videos.py" line="114" />
        <source>Downloading the video of {title}</source>
        <translation>Descargando el vídeo de {title}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/videos.py" line="116" />
        <source>Downloading the video</source>
        <translation>Descargando el vídeo</translation>
    </message>
</context>
<context>
    <name>WaveformLoader</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="35" />
        <source>This media has no audio track, so there is no waveform.</source>
        <extracomment>In English; shown as ``QCoreApplication.translate("WaveformLoader", NO_AUDIO_MESSAGE)``.</extracomment>
        <translation>Este medio no tiene pista de audio, así que no hay forma de onda.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="162" />
        <source>The audio could not be decoded.</source>
        <extracomment>Enough for a faithful envelope at 100 buckets/s, and 3x less work than 48 kHz.</extracomment>
        <translation>No se pudo descodificar el audio.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="214" />
        <source>The media file is missing: {name}</source>
        <extracomment>True once ``loaded`` came from the disk cache rather than a decode (for tests/UI).</extracomment>
        <translation>Falta el archivo multimedia: {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="254" />
        <source>The media could not be opened.</source>
        <translation>No se pudo abrir el medio.</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform.py" line="547" />
        <source>Decoding audio… {percent}%</source>
        <extracomment>a cue region was double-clicked</extracomment>
        <translation>Descodificando el audio… {percent} %</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="102" />
        <source>The kept cues could not be read ({error}): none are kept</source>
        <extracomment>Progress is worked out again this long after the last change (typing stays instant). the source or the kept marks changed (None: every row; else the rows) the glossary in force changed: (GlossaryMatcher or None) the spell checker in force changed: (SpellChecker or None) words were added to the dictionary or ignored: underlines are re-checked the translation progress: (core.translation.Progress or None) a status-bar message The language spelling is checked in (None: off), and why it is not, when it is not.</extracomment>
        <translation>No se pudieron leer los subtítulos mantenidos ({error}): no se mantiene ninguno</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="164" />
        <source>The kept cues could not be saved: {error}</source>
        <translation>No se pudieron guardar los subtítulos mantenidos: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="242" />
        <source>No spelling dictionary for {language}: spelling is not checked</source>
        <translation>No hay diccionario ortográfico para {language}: no se comprueba la ortografía</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="248" />
        <source>Spelling is not checked: {error}</source>
        <translation>No se comprueba la ortografía: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="257" />
        <source>Spelling checked in {language}</source>
        <translation>Ortografía comprobada en {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="261" />
        <source>Loading the {language} spelling dictionary</source>
        <translation>Cargando el diccionario ortográfico de {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="270" />
        <source>“{word}” could not be added to the dictionary: {error}</source>
        <translation>No se pudo añadir «{word}» al diccionario: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="272" />
        <source>“{word}” added to your {dictionary} dictionary</source>
        <translation>«{word}» añadido a su diccionario {dictionary}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="280" />
        <source>“{word}” ignored until Subtitle Desk closes</source>
        <translation>«{word}» se ignora hasta que se cierre Subtitle Desk</translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="112" />
        <source>✔ Done</source>
        <translation>✔ Hecho</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="112" />
        <source>✖ Failed</source>
        <translation>✖ Falló</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="113" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="145" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="149" />
        <source>Working…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="150" />
        <source>  ·  running for {time}</source>
        <translation>  ·  en curso desde hace {time}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="153" />
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="156" />
        <source>Done after {time}</source>
        <translation>Hecho tras {time}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="157" />
        <source>Cancelled after {time}</source>
        <translation>Cancelado tras {time}</translation>
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
        <translation>&amp;Trabajos</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="37" />
        <source>&amp;New job…</source>
        <translation>&amp;Nuevo trabajo…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="39" />
        <source>Add &amp;media to the selected job…</source>
        <translation>Añadir &amp;medios al trabajo seleccionado…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="41" />
        <source>Request &amp;transcription…</source>
        <translation>Solicitar &amp;transcripción…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="43" />
        <source>&amp;Open captions in editor</source>
        <translation>&amp;Abrir los subtítulos en el editor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="45" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../subtitle_desk/ui/i18n.py" line="47" />
        <source>Follow the system</source>
        <extracomment>The compiled .qm files the app loads (package data). The .ts sources, in a checkout (not in an installed or bundled app). The languages the interface speaks, each named in itself.</extracomment>
        <translation>Como el sistema</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="26" />
        <source>waiting for the video file</source>
        <extracomment>Dotsub's ``uploadDetail.status`` of a media, as the end of "The upload is …" (shown translated by ``upload_status``).</extracomment>
        <translation>esperando el archivo de vídeo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="27" />
        <source>uploading</source>
        <translation>subiendo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="28" />
        <source>uploaded; Dotsub is encoding it</source>
        <translation>subido; Dotsub lo está codificando</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="29" />
        <source>uploaded</source>
        <translation>subido</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="30" />
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="31" />
        <source>encoded</source>
        <translation>codificado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="32" />
        <source>processed</source>
        <translation>procesado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="40" />
        <source>subtitles</source>
        <extracomment>Statuses that mean Dotsub still waits for the video (Retry sends it, Delete removes the media). DatoCMS's track ``status``.</extracomment>
        <translation>subtítulos</translation>
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
        <translation>Subtitulado</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="48" />
        <source>Pivot translate</source>
        <translation>Traducción pivote</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="49" />
        <source>Direct translate</source>
        <translation>Traducción directa</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="49" />
        <source>Translate</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="50" />
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="50" />
        <source>Post-editing</source>
        <translation>Posedición</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="51" />
        <source>Proofreading</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="51" />
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="52" />
        <source>Sign-off</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="52" />
        <source>Burn-in</source>
        <translation>Incrustación</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="52" />
        <source>Push</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="53" />
        <source>Text to speech</source>
        <translation>Texto a voz</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="54" />
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="54" />
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="54" />
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="55" />
        <source>Mechanical</source>
        <translation>Automática</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="55" />
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="56" />
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="56" />
        <source>External</source>
        <translation>Externa</translation>
    </message>
</context>
</TS>