<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityDock</name>
    <message>
        <location filename="../../ui/activity_panel.py" line="342" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../../ui/activity_panel.py" line="203" />
        <source>Nothing has run yet. Downloads, uploads and checks appear here.</source>
        <translation>Aún no se ha ejecutado nada. Las descargas, subidas y comprobaciones aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="210" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="211" />
        <source>Copy the selected operation's message</source>
        <translation>Copiar el mensaje de la operación seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="216" />
        <source>Running only</source>
        <translation>Solo en curso</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="218" />
        <location filename="../../ui/activity_panel.py" line="330" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="221" />
        <source>Cancel all</source>
        <translation>Cancelar todo</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="223" />
        <source>Clear finished</source>
        <translation>Quitar las terminadas</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="275" />
        <source>{operation} failed: {error}</source>
        <translation>{operation} falló: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="277" />
        <source>{operation}: cancelled after {time}.</source>
        <translation>{operation}: cancelado tras {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="280" />
        <source>{operation}: done in {time}.</source>
        <translation>{operation}: hecho en {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="282" />
        <source>{operation}: working…</source>
        <translation>{operation}: en curso…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="333" />
        <source>Copy message</source>
        <translation>Copiar el mensaje</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <location filename="../../ui/desk/connect/__init__.py" line="75" />
        <source>Setup</source>
        <extracomment>The user chose to try the desk on the built-in local services (first-start offer).</extracomment>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/desk/connect/__init__.py" line="79" />
        <source>{service} account…</source>
        <translation>Cuenta de {service}…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/connect/__init__.py" line="83" />
        <source>&amp;Accounts (Setup page)</source>
        <translation>&amp;Cuentas (página Configuración)</translation>
    </message>
</context>
<context>
    <name>CueEditorPane</name>
    <message>
        <location filename="../../ui/editor/pane.py" line="125" />
        <location filename="../../ui/editor/pane.py" line="203" />
        <source>No cue selected</source>
        <extracomment>the context menu is about to open at this position: the pane fills it (row, new text) on every keystroke in the text box. (row, start ms, end ms) when a typed time is accepted. the user finished a typing session (focus left the text box). a message for the status bar (e.g. why a typed time was refused). "Add to dictionary" / "Ignore" on a misspelled word: (word) The language's direction, for cues with no strongly directional text yet (an empty new cue in an Arabic translation is typed right to left). Set by the workspace.</extracomment>
        <translation>Ningún subtítulo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="140" />
        <source>Type H:MM:SS.mmm, MM:SS.mmm, SRT's 00:00:01,000 or seconds; Enter applies</source>
        <translation>Escriba H:MM:SS.mmm, MM:SS.mmm, el 00:00:01,000 de SRT o segundos; Intro aplica</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="147" />
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="148" />
        <source>&amp;End</source>
        <translation>&amp;Final</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="149" />
        <source>D&amp;uration</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="154" />
        <source>Cue text (Enter for a new line)</source>
        <translation>Texto del subtítulo (Intro para una línea nueva)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="210" />
        <source>Cue {number}</source>
        <translation>Subtítulo {number}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="296" />
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="299" />
        <source>Add “{word}” to dictionary</source>
        <translation>Añadir «{word}» al diccionario</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="302" />
        <source>Ignore “{word}”</source>
        <translation>Ignorar «{word}»</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="371" />
        <source>The end time must not be before the start time</source>
        <translation>La hora final no puede ser anterior a la inicial</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/pane.py" line="388" />
        <source>%n line(s), characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</source>
        <translation><numerusform>%n línea, caracteres por línea: {lengths}    CPS: {cps}    Duración: {duration} s</numerusform><numerusform>%n líneas, caracteres por línea: {lengths}    CPS: {cps}    Duración: {duration} s</numerusform></translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="68" />
        <source>Start</source>
        <extracomment>Shown in place of a line break in the one-line table view.</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="68" />
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="69" />
        <source>Dur.</source>
        <translation>Dur.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="69" />
        <source>CPS</source>
        <translation>CPS</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="70" />
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="70" />
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="71" />
        <source>QC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="72" />
        <source>Cue number</source>
        <translation>Número de subtítulo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="73" />
        <source>Start time (H:MM:SS.mmm)</source>
        <translation>Hora de inicio (H:MM:SS.mmm)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="74" />
        <source>End time</source>
        <translation>Hora final</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="75" />
        <source>Duration in seconds</source>
        <translation>Duración en segundos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="76" />
        <source>Characters per second (reading speed)</source>
        <translation>Caracteres por segundo (velocidad de lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="77" />
        <source>The source cues this cue overlaps in time (read-only)</source>
        <translation>Los subtítulos originales con los que este coincide en el tiempo (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="78" />
        <source>Cue text; ⏎ marks a line break</source>
        <translation>Texto del subtítulo; ⏎ marca un salto de línea</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="79" />
        <source>Quality-check problems</source>
        <translation>Problemas del control de calidad</translation>
    </message>
</context>
<context>
    <name>CueTableView</name>
    <message>
        <location filename="../../ui/editor/page.py" line="116" />
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
        <location filename="../../ui/desk/datocms/__init__.py" line="45" />
        <source>Dato&amp;CMS</source>
        <translation>Dato&amp;CMS</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="47" />
        <source>&amp;Videos and tracks</source>
        <translation>&amp;Vídeos y pistas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="48" />
        <source>&amp;Publish open subtitles…</source>
        <translation>&amp;Publicar los subtítulos abiertos…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="49" />
        <source>Publish a &amp;Dotsub media's languages…</source>
        <translation>Publicar los idiomas de un medio de &amp;Dotsub…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="50" />
        <source>&amp;Generate subtitles…</source>
        <translation>&amp;Generar subtítulos…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="51" />
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
</context>
<context>
    <name>Dotsub</name>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="56" />
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="57" />
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="65" />
        <source>&amp;Dotsub</source>
        <translation>&amp;Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="66" />
        <source>&amp;Tasks</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="67" />
        <source>&amp;Media</source>
        <translation>&amp;Medios</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="68" />
        <source>&amp;Open selected task</source>
        <translation>&amp;Abrir la tarea seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="69" />
        <source>&amp;Accept selected task</source>
        <translation>A&amp;ceptar la tarea seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="70" />
        <source>&amp;Release selected task</source>
        <translation>&amp;Liberar la tarea seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="71" />
        <source>Re&amp;load tasks and media</source>
        <translation>Re&amp;cargar tareas y medios</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../ui/editor/page.py" line="225" />
        <source>Quality check</source>
        <extracomment>(display name, dirty) for the window title a status-bar message the user chose to throw the unsaved changes away Message boxes shown without blocking (tests read them): the last one per purpose. The fonts before any preference: what "the standard font" goes back to. Set by a workspace: its session as JSON for "reopen the last work" (None: a plain file), and how to reopen such a record. The user moved the divider beside the media (now or in an earlier run).</extracomment>
        <translation>Control de calidad</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="280" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="280" />
        <source>Open a subtitle file</source>
        <translation>Abrir un archivo de subtítulos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="281" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="281" />
        <source>Save in the file's own format</source>
        <translation>Guardar en el formato propio del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="282" />
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="283" />
        <source>Save under another name or in another format</source>
        <translation>Guardar con otro nombre o en otro formato</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="284" />
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="285" />
        <source>Open the folder that holds the file in the file manager</source>
        <translation>Abrir la carpeta del archivo en el gestor de archivos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="288" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="292" />
        <location filename="../../ui/editor/page.py" line="494" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="297" />
        <location filename="../../ui/editor/page.py" line="496" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="298" />
        <source>&amp;Insert cue after</source>
        <translation>&amp;Insertar subtítulo después</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="299" />
        <source>A new cue after the current one</source>
        <translation>Un subtítulo nuevo después del actual</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="300" />
        <source>&amp;Delete cues</source>
        <translation>&amp;Eliminar subtítulos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="301" />
        <source>Delete the selected cues</source>
        <translation>Eliminar los subtítulos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="302" />
        <source>S&amp;plit at cursor</source>
        <translation>&amp;Dividir en el cursor</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="303" />
        <source>Split the current cue where the text cursor is</source>
        <translation>Dividir el subtítulo actual donde está el cursor</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="304" />
        <source>&amp;Merge selected</source>
        <translation>&amp;Unir los seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="305" />
        <source>Merge the selected adjacent cues into one</source>
        <translation>Unir en uno los subtítulos contiguos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="306" />
        <source>S&amp;hift times…</source>
        <translation>&amp;Desplazar tiempos…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="307" />
        <source>Move the selected cues, or all cues, earlier or later</source>
        <translation>Adelantar o retrasar los subtítulos seleccionados, o todos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="308" />
        <source>Change &amp;frame rate…</source>
        <translation>Cambiar la &amp;velocidad de fotogramas…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="309" />
        <source>Retime every cue from one frame rate to another</source>
        <translation>Reajustar cada subtítulo de una velocidad de fotogramas a otra</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="310" />
        <source>&amp;Find and replace…</source>
        <translation>&amp;Buscar y reemplazar…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="311" />
        <source>Find text, replace text (regular expressions allowed)</source>
        <translation>Buscar texto, reemplazar texto (se permiten expresiones regulares)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="312" />
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="313" />
        <source>Next cue</source>
        <translation>Subtítulo siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="314" />
        <source>Previous cue</source>
        <translation>Subtítulo anterior</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="316" />
        <source>&amp;Go to cue…</source>
        <translation>&amp;Ir al subtítulo…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="322" />
        <source>&amp;Load Dotsub spec…</source>
        <translation>&amp;Cargar especificación de Dotsub…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="323" />
        <source>Check against a subtitle specification JSON from Dotsub</source>
        <translation>Comprobar con una especificación de subtítulos JSON de Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="325" />
        <source>Next &amp;problem</source>
        <translation>&amp;Problema siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="326" />
        <source>Pre&amp;vious problem</source>
        <translation>Problema &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="329" />
        <source>&amp;Quality check panel</source>
        <translation>Panel de &amp;control de calidad</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="331" />
        <source>S&amp;pelling language</source>
        <translation>&amp;Idioma de la ortografía</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="336" />
        <source>&amp;Next untranslated cue</source>
        <translation>Subtítulo sin traducir &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="337" />
        <source>The next cue whose text is empty or still the source's</source>
        <translation>El siguiente subtítulo cuyo texto está vacío o sigue siendo el del original</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="339" />
        <source>&amp;Previous untranslated cue</source>
        <translation>Subtítulo sin traducir &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="340" />
        <source>The previous cue whose text is empty or still the source's</source>
        <translation>El subtítulo anterior cuyo texto está vacío o sigue siendo el del original</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="342" />
        <source>&amp;Keep as in the source</source>
        <translation>&amp;Mantener como en el original</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="343" />
        <source>The selected cues are meant to read as in the source (a name, a number): not untranslated</source>
        <translation>Los subtítulos seleccionados deben leerse como en el original (un nombre, un número): no sin traducir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="354" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="363" />
        <source>&amp;Quality</source>
        <translation>&amp;Calidad</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="364" />
        <source>&amp;Specification</source>
        <translation>&amp;Especificación</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="377" />
        <source>&amp;Translation</source>
        <translation>&amp;Traducción</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="493" />
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="495" />
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="560" />
        <source>Go to cue</source>
        <translation>Ir al subtítulo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="560" />
        <source>Cue number</source>
        <translation>Número de subtítulo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="574" />
        <source>No QC problems</source>
        <translation>Sin problemas de calidad</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="590" />
        <source>Every cue is translated</source>
        <translation>Todos los subtítulos están traducidos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="603" />
        <source>No source cue at this time: nothing to keep</source>
        <translation>No hay subtítulo original en este momento: nada que mantener</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="605" />
        <source>%n cue(s) kept as in the source</source>
        <translation><numerusform>%n subtítulo se mantiene como en el original</numerusform><numerusform>%n subtítulos se mantienen como en el original</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="606" />
        <source>%n cue(s) no longer kept as in the source</source>
        <translation><numerusform>%n subtítulo ya no se mantiene como en el original</numerusform><numerusform>%n subtítulos ya no se mantienen como en el original</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="629" />
        <source>Only adjacent cues can be merged</source>
        <translation>Solo se pueden unir subtítulos contiguos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="674" />
        <source>Invalid pattern: {error}</source>
        <translation>Patrón no válido: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="682" />
        <source>Cue {number}</source>
        <translation>Subtítulo {number}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="684" />
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="692" />
        <source>%n replacement(s)</source>
        <translation><numerusform>%n reemplazo</numerusform><numerusform>%n reemplazos</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="706" />
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="706" />
        <source>Save the changes to {name} first?</source>
        <translation>¿Guardar primero los cambios de {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="716" />
        <location filename="../../ui/editor/page.py" line="756" />
        <source>Save subtitles as</source>
        <translation>Guardar subtítulos como</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="731" />
        <source>Open subtitles</source>
        <translation>Abrir subtítulos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="800" />
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="803" />
        <source>&amp;Clear the list</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="805" />
        <source>&amp;Open the last work at start</source>
        <translation>&amp;Abrir el último trabajo al iniciar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="813" />
        <source>{path} is not there any more</source>
        <translation>{path} ya no existe</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="853" />
        <source>&amp;Off</source>
        <translation>&amp;Desactivado</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="855" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (sin diccionario)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="874" />
        <source>Load a subtitle specification</source>
        <translation>Cargar una especificación de subtítulos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="875" />
        <source>Subtitle specification (*.json);;All files (*)</source>
        <translation>Especificación de subtítulos (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="903" />
        <source>Saved with changes</source>
        <translation>Guardado con cambios</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="904" />
        <source>{name} was saved. The format could not keep everything:</source>
        <translation>{name} se guardó. El formato no pudo conservarlo todo:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../ui/errors.py" line="102" />
        <source>Something went wrong ({error_type}). {message}</source>
        <extracomment>(short message, details) for every reported exception.</extracomment>
        <translation>Algo salió mal ({error_type}). {message}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110" />
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="111" />
        <source>Find and replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="117" />
        <source>Regular expression (replacement may use \1, \g&lt;name&gt;)</source>
        <translation>Expresión regular (el reemplazo puede usar \1, \g&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="118" />
        <source>Match case</source>
        <translation>Coincidir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="119" />
        <source>Only in selected cues</source>
        <translation>Solo en los subtítulos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="123" />
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="124" />
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="128" />
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="129" />
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="131" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>FrameRateDialog</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="66" />
        <source>Change frame rate</source>
        <translation>Cambiar la velocidad de fotogramas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="76" />
        <source>From (fps)</source>
        <translation>De (fps)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="77" />
        <source>To (fps)</source>
        <translation>A (fps)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="78" />
        <source>Every cue is retimed: times are multiplied by from ÷ to.</source>
        <translation>Se reajusta cada subtítulo: los tiempos se multiplican por de ÷ a.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="98" />
        <source>Frame rates are positive numbers, e.g. 23.976 or 25</source>
        <translation>Las velocidades de fotogramas son números positivos, p. ej. 23.976 o 25</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="39" />
        <source>Source term</source>
        <translation>Término original</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="39" />
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="48" />
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="50" />
        <source>Import the project's glossary (a Dotsub glossary CSV)</source>
        <translation>Importar el glosario del proyecto (un CSV de glosario de Dotsub)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="52" />
        <source>Upload to Dotsub</source>
        <translation>Subir a Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="54" />
        <source>Create or replace this project's glossary on Dotsub</source>
        <translation>Crear o reemplazar el glosario de este proyecto en Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="65" />
        <source>No glossary: open a Dotsub task to use its project's glossary.</source>
        <translation>Sin glosario: abra una tarea de Dotsub para usar el glosario de su proyecto.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="78" />
        <source>(no approved translation)</source>
        <translation>(sin traducción aprobada)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="86" />
        <source>The cue uses an approved translation</source>
        <translation>El subtítulo usa una traducción aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="87" />
        <source>The cue uses none of the approved translations</source>
        <translation>El subtítulo no usa ninguna de las traducciones aprobadas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="90" />
        <source>No glossary term in this cue's source</source>
        <translation>Ningún término del glosario en el original de este subtítulo</translation>
    </message>
</context>
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
    <name>MediaBinding</name>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="78" />
        <source>Open &amp;video…</source>
        <extracomment>a video (path or URL) was loaded into the panel While True, a replaced document does not bring back its remembered video (the workspace loads the session's own). The subtitle file the loaded video belongs to.</extracomment>
        <translation>Abrir &amp;vídeo…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="82" />
        <source>Play a video (or audio) file beside these subtitles</source>
        <translation>Reproducir un archivo de vídeo (o audio) junto a estos subtítulos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="85" />
        <source>&amp;Follow the playhead in the table</source>
        <translation>&amp;Seguir el cabezal de reproducción en la tabla</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="89" />
        <source>While the video plays, select the cue on screen (not while typing)</source>
        <translation>Mientras se reproduce el vídeo, seleccionar el subtítulo en pantalla (no al escribir)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="106" />
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="113" />
        <source>&amp;Speed</source>
        <translation>&amp;Velocidad</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="123" />
        <source>&amp;Nudge</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="155" />
        <source>Open video</source>
        <translation>Abrir vídeo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="262" />
        <source>Video: {name}</source>
        <translation>Vídeo: {name}</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../ui/media/panel.py" line="93" />
        <source>No waveform: {error}</source>
        <translation>Sin forma de onda: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="194" />
        <source>&amp;Play / pause</source>
        <translation>&amp;Reproducir / pausa</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="195" />
        <source>Play or pause the video</source>
        <translation>Reproducir o pausar el vídeo</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="196" />
        <source>Play &amp;current cue</source>
        <translation>Reproducir el subtítulo &amp;actual</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="198" />
        <source>Play the current cue from its start to its end</source>
        <translation>Reproducir el subtítulo actual de principio a fin</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="199" />
        <source>Set cue &amp;start at playhead</source>
        <translation>Fijar el &amp;inicio en el cabezal</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="201" />
        <source>The current cue starts at the playhead</source>
        <translation>El subtítulo actual empieza en el cabezal</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="202" />
        <source>Set cue &amp;end at playhead</source>
        <translation>Fijar el &amp;final en el cabezal</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="204" />
        <source>The current cue ends at the playhead</source>
        <translation>El subtítulo actual termina en el cabezal</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="205" />
        <source>Start one frame earlier</source>
        <translation>Inicio un fotograma antes</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="207" />
        <source>Start one frame later</source>
        <translation>Inicio un fotograma después</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="209" />
        <source>End one frame earlier</source>
        <translation>Final un fotograma antes</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="211" />
        <source>End one frame later</source>
        <translation>Final un fotograma después</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="213" />
        <source>Start 100 ms earlier</source>
        <translation>Inicio 100 ms antes</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="215" />
        <source>Start 100 ms later</source>
        <translation>Inicio 100 ms después</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="217" />
        <source>End 100 ms earlier</source>
        <translation>Final 100 ms antes</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="219" />
        <source>End 100 ms later</source>
        <translation>Final 100 ms después</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="221" />
        <source>S&amp;lower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="222" />
        <source>Play more slowly (down to 0.5×)</source>
        <translation>Reproducir más despacio (hasta 0,5×)</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="223" />
        <source>&amp;Faster</source>
        <translation>Más &amp;rápido</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="224" />
        <source>Play faster (up to 2×)</source>
        <translation>Reproducir más rápido (hasta 2×)</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="332" />
        <source>Audio only: no picture in this media.</source>
        <translation>Solo audio: este medio no tiene imagen.</translation>
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
    <name>ProblemListModel</name>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="50" />
        <source>Cue</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="50" />
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="51" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="122" />
        <source>Cue {number}: {problem}</source>
        <translation>Subtítulo {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>QcPanel</name>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="31" />
        <location filename="../../ui/editor/qc_panel.py" line="202" />
        <source>Reading speed</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="32" />
        <source>Line too long</source>
        <translation>Línea demasiado larga</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="33" />
        <source>Too many lines</source>
        <translation>Demasiadas líneas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="34" />
        <source>Too short</source>
        <translation>Demasiado corto</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="34" />
        <source>Too long</source>
        <translation>Demasiado largo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="35" />
        <source>Gap too small</source>
        <translation>Separación demasiado pequeña</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="35" />
        <source>Overlap</source>
        <translation>Solapamiento</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="36" />
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="36" />
        <source>Bad timing</source>
        <translation>Tiempos incorrectos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="37" />
        <source>Untranslated</source>
        <translation>Sin traducir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="38" />
        <source>Glossary term</source>
        <translation>Término del glosario</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="38" />
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="170" />
        <source>The subtitle specification the cues are checked against</source>
        <translation>La especificación de subtítulos con la que se comprueba</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="174" />
        <source>Show the problems of one rule</source>
        <translation>Mostrar los problemas de una regla</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="210" />
        <source>Spec:</source>
        <translation>Especificación:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="235" />
        <source>Load Dotsub spec…</source>
        <translation>Cargar especificación de Dotsub…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="292" />
        <source>All rules ({count})</source>
        <translation>Todas las reglas ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="300" />
        <source>No document</source>
        <translation>Ningún documento</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="303" />
        <source>✔ No problems</source>
        <translation>✔ Sin problemas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="308" />
        <source>{problems} in {cues}: {rules}</source>
        <translation>{problems} en {cues}: {rules}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/qc_panel.py" line="309" />
        <source>⚠ %n problem(s)</source>
        <translation><numerusform>⚠ %n problema</numerusform><numerusform>⚠ %n problemas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/qc_panel.py" line="309" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n subtítulo</numerusform><numerusform>%n subtítulos</numerusform></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="36" />
        <source>Send to Dotsub</source>
        <extracomment>``done()`` code of "Review problems".</extracomment>
        <translation>Enviar a Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="46" />
        <source>{target}&lt;br&gt;{cues} as &lt;tt&gt;{file}&lt;/tt&gt;, saved on this computer first.</source>
        <extracomment>Cues whose text is empty or still the source's. The question asked when the task is marked completed with cues untranslated.</extracomment>
        <translation>{target}&lt;br&gt;{cues} como &lt;tt&gt;{file}&lt;/tt&gt;, guardados antes en este ordenador.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="47" />
        <location filename="../../ui/editor/send_dialog.py" line="63" />
        <location filename="../../ui/editor/send_dialog.py" line="77" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n subtítulo</numerusform><numerusform>%n subtítulos</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="62" />
        <source>{problems} in {cues}&lt;/b&gt; against the specification:</source>
        <translation>{problems} en {cues}&lt;/b&gt; según la especificación:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="63" />
        <source>⚠ %n QC problem(s)</source>
        <translation><numerusform>⚠ %n problema de calidad</numerusform><numerusform>⚠ %n problemas de calidad</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="67" />
        <source>✔ No QC problems.</source>
        <translation>✔ Sin problemas de calidad.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="76" />
        <source>%n of {cues} is/are not translated yet</source>
        <translation><numerusform>%n de {cues} aún no está traducido</numerusform><numerusform>%n de {cues} aún no están traducidos</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="78" />
        <source> (empty, or still the source's text). Translation ▸ Next untranslated cue (F9) finds them.</source>
        <translation> (vacíos, o aún con el texto original). Traducción ▸ Subtítulo sin traducir siguiente (F9) los encuentra.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="82" />
        <source>Mark the task &amp;completed</source>
        <translation>Marcar la tarea como &amp;completada</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="86" />
        <source>These subtitles were not opened from a task</source>
        <translation>Estos subtítulos no se abrieron desde una tarea</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="89" />
        <source>Task {task} is completed already</source>
        <translation>La tarea {task} ya está completada</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="93" />
        <source>Task {task} moves on in the workflow once the subtitles are in</source>
        <translation>La tarea {task} avanza en el flujo de trabajo cuando llegan los subtítulos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="98" />
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="98" />
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="103" />
        <source>&amp;Review problems</source>
        <translation>&amp;Revisar los problemas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="127" />
        <source>Complete the task?</source>
        <translation>¿Completar la tarea?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="128" />
        <source>%n cue(s) is/are not translated yet. Mark the task completed anyway?</source>
        <translation><numerusform>%n subtítulo aún no está traducido. ¿Marcar la tarea como completada de todos modos?</numerusform><numerusform>%n subtítulos aún no están traducidos. ¿Marcar la tarea como completada de todos modos?</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="131" />
        <source>A completed task goes on to the next step of the workflow.</source>
        <translation>Una tarea completada pasa al siguiente paso del flujo de trabajo.</translation>
    </message>
</context>
<context>
    <name>SetupPrompt</name>
    <message>
        <location filename="../../ui/desk/widgets.py" line="66" />
        <source>Set up {service}…</source>
        <translation>Configurar {service}…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/widgets.py" line="85" />
        <source>Open the Settings menu to set up {service}</source>
        <translation>Abra el menú Configuración para configurar {service}</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="23" />
        <source>Shift times</source>
        <translation>Desplazar tiempos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="26" />
        <source>Seconds (1.5) or a time (0:00:01.500)</source>
        <translation>Segundos (1,5) o un tiempo (0:00:01.500)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="27" />
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="28" />
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/dialogs.py" line="30" />
        <source>Only the %n selected cue(s)</source>
        <translation><numerusform>Solo el subtítulo seleccionado</numerusform><numerusform>Solo los %n subtítulos seleccionados</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="39" />
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="40" />
        <source>Direction</source>
        <translation>Dirección</translation>
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
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="61" />
        <source>No source cue at this time</source>
        <translation>No hay subtítulo original en este momento</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="68" />
        <source>Copy to cue</source>
        <translation>Copiar al subtítulo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="69" />
        <source>Replace the current cue's text with this source text (names, numbers, on-screen text); undoable</source>
        <translation>Reemplazar el texto del subtítulo actual por este texto original (nombres, números, texto en pantalla); se puede deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="91" />
        <source>{language} (source, read-only)</source>
        <translation>{language} (original, solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="93" />
        <source>{count} cues in the source language</source>
        <translation>{count} subtítulos en el idioma original</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="85" />
        <source>Error</source>
        <extracomment>A task due within this time is "almost due". The light theme's row tints; rows take the scheme's own (``palette_colors()``) when drawn.</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="87" />
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="89" />
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="90" />
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="94" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="94" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="95" />
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="96" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="97" />
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="98" />
        <source>Assignee</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="99" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="100" />
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="101" />
        <source>Media ID</source>
        <translation>ID del medio</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="102" />
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="103" />
        <source>Task ID</source>
        <translation>ID de la tarea</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="273" />
        <source>Search media titles (Ctrl+F)</source>
        <extracomment>"Now" for the highlighting; refreshed on every reload (tests may pin it). Task id -&gt; the progress of its translation on this computer (see ``local_progress``). The task the footer describes (forgotten when it leaves the list). The "accept it first?" question of the last Open (tests read it). (target, marks, source mtimes) -&gt; progress, so unchanged work is not read again.</extracomment>
        <translation>Buscar en los títulos de los medios (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="277" />
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="282" />
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="285" />
        <source>Not completed</source>
        <translation>Sin completar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="285" />
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="285" />
        <source>Completed or not</source>
        <translation>Completadas o no</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="289" />
        <source>Accepted or not</source>
        <translation>Aceptadas o no</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="289" />
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="289" />
        <source>Not accepted</source>
        <translation>Sin aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="291" />
        <source>Due from</source>
        <translation>Vencen desde</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="292" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="294" />
        <source>More filters</source>
        <translation>Más filtros</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="296" />
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="297" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="299" />
        <source>Load the task list again (F5)</source>
        <translation>Volver a cargar la lista de tareas (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="301" />
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="302" />
        <source>Assignee name</source>
        <translation>Nombre del asignado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="305" />
        <source>Any assignee type</source>
        <translation>Cualquier tipo de asignado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="308" />
        <source>Media ID</source>
        <translation>ID del medio</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="309" />
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="310" />
        <source>Created since</source>
        <translation>Creadas desde</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="311" />
        <source>Completed from</source>
        <translation>Completadas desde</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="352" />
        <location filename="../../ui/desk/dotsub/tasks.py" line="720" />
        <source>Loading tasks…</source>
        <translation>Cargando tareas…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="356" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="358" />
        <source>Download the subtitles, spec and video and open them in the editor (Enter)</source>
        <translation>Descargar los subtítulos, la especificación y el vídeo y abrirlos en el editor (Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="360" />
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="362" />
        <source>Take the task: Dotsub assigns it to you</source>
        <translation>Tomar la tarea: Dotsub se la asigna</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="363" />
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="365" />
        <source>Give the task back to its original assignee</source>
        <translation>Devolver la tarea a su asignado original</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="369" />
        <source>The subtitle format to download from Dotsub</source>
        <translation>El formato de subtítulos que se descarga de Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="376" />
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="382" />
        <source>Dotsub tasks</source>
        <translation>Tareas de Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="389" />
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="390" />
        <source>Due within 24 hours</source>
        <translation>Vencen en 24 horas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="391" />
        <source>Due dates in local time</source>
        <translation>Vencimientos en hora local</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="439" />
        <source>Opened {title}</source>
        <translation>{title} abierto</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="449" />
        <source>Find tasks by title</source>
        <translation>Buscar tareas por título</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="451" />
        <source>Load the task list again</source>
        <translation>Volver a cargar la lista de tareas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="575" />
        <source>Accept the task?</source>
        <translation>¿Aceptar la tarea?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="576" />
        <source>Nobody has accepted task {task} ({description}) yet. Accept it before you open it?</source>
        <translation>Nadie ha aceptado aún la tarea {task} ({description}). ¿Aceptarla antes de abrirla?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="580" />
        <source>Dotsub then assigns it to you, so nobody else starts on it.</source>
        <translation>Dotsub se la asigna entonces, y nadie más empieza con ella.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="581" />
        <source>&amp;Accept and open</source>
        <translation>&amp;Aceptar y abrir</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="583" />
        <source>&amp;Open without accepting</source>
        <translation>A&amp;brir sin aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="613" />
        <location filename="../../ui/desk/dotsub/tasks.py" line="621" />
        <source>Accepting task {task} ({title})</source>
        <translation>Aceptando la tarea {task} ({title})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="622" />
        <source>Releasing task {task} ({title})</source>
        <translation>Liberando la tarea {task} ({title})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="633" />
        <source>Accepting task {task} failed: {error}</source>
        <translation>Falló la aceptación de la tarea {task}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="634" />
        <source>Releasing task {task} failed: {error}</source>
        <translation>Falló la liberación de la tarea {task}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="638" />
        <source>Task {task} accepted: it is yours now</source>
        <translation>Tarea {task} aceptada: ahora es suya</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="639" />
        <source>Task {task} released</source>
        <translation>Tarea {task} liberada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="697" />
        <source>{task} · {progress} on this computer</source>
        <translation>{task} · {progress} en este ordenador</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="720" />
        <source>Loading more tasks…</source>
        <translation>Cargando más tareas…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="725" />
        <source>The task list could not be loaded: {error}</source>
        <translation>No se pudo cargar la lista de tareas: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="734" />
        <source>%n task(s)</source>
        <translation><numerusform>%n tarea</numerusform><numerusform>%n tareas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="735" />
        <source>{shown} of %n task(s) shown</source>
        <translation><numerusform>{shown} de %n tarea mostradas</numerusform><numerusform>{shown} de %n tareas mostradas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="736" />
        <source>, %n overdue</source>
        <translation><numerusform>, %n vencida</numerusform><numerusform>, %n vencidas</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="745" />
        <source>Loading tasks from Dotsub…</source>
        <translation>Cargando tareas de Dotsub…</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../ui/media/transport.py" line="31" />
        <source>Playhead position</source>
        <translation>Posición del cabezal</translation>
    </message>
    <message>
        <location filename="../../ui/media/transport.py" line="38" />
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <location filename="../../ui/media/transport.py" line="58" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/media/transport.py" line="58" />
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="42" />
        <source>Upload</source>
        <translation>Subida</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="43" />
        <source>&amp;Upload</source>
        <translation>&amp;Subida</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="45" />
        <source>Upload &amp;videos to Dotsub…</source>
        <translation>Subir &amp;vídeos a Dotsub…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="48" />
        <source>Show &amp;uploads</source>
        <translation>Mostrar las &amp;subidas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="50" />
        <source>&amp;Cancel all uploads</source>
        <translation>&amp;Cancelar todas las subidas</translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <location filename="../../ui/activity_panel.py" line="118" />
        <source>✔ Done</source>
        <translation>✔ Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="118" />
        <source>✖ Failed</source>
        <translation>✖ Falló</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="119" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="151" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="155" />
        <source>Working…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="156" />
        <source>  ·  running for {time}</source>
        <translation>  ·  en curso desde hace {time}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="159" />
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="162" />
        <source>Done after {time}</source>
        <translation>Hecho tras {time}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="163" />
        <source>Cancelled after {time}</source>
        <translation>Cancelado tras {time}</translation>
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
        <translation>&amp;Trabajos</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="46" />
        <source>&amp;New job…</source>
        <translation>&amp;Nuevo trabajo…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="47" />
        <source>Add &amp;media to the selected job…</source>
        <translation>Añadir &amp;medios al trabajo seleccionado…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="48" />
        <source>Request &amp;transcription…</source>
        <translation>Solicitar &amp;transcripción…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="49" />
        <source>&amp;Open captions in editor</source>
        <translation>&amp;Abrir los subtítulos en el editor</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="50" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../ui/i18n.py" line="42" />
        <source>Follow the system</source>
        <extracomment>The languages the interface speaks, each named in itself.</extracomment>
        <translation>Como el sistema</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../ui/words.py" line="47" />
        <source>Caption</source>
        <extracomment>Dotsub's ``uploadDetail.status`` of a media, as the end of "The upload is …". Statuses that mean Dotsub still waits for the video (Retry sends it, Delete removes the media). DatoCMS's track ``status``. For pyside6-lupdate: the names core.work.dotsub.TASK_TYPE_LABELS gives (the core has no Qt), and the other tables' names shown on their own; ``translated`` shows them in the user's language.</extracomment>
        <translation>Subtitulado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47" />
        <source>Pivot translate</source>
        <translation>Traducción pivote</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48" />
        <source>Direct translate</source>
        <translation>Traducción directa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48" />
        <source>Translate</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49" />
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49" />
        <source>Post-editing</source>
        <translation>Posedición</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50" />
        <source>Proofreading</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50" />
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51" />
        <source>Sign-off</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51" />
        <source>Burn-in</source>
        <translation>Incrustación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51" />
        <source>Push</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="52" />
        <source>Text to speech</source>
        <translation>Texto a voz</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53" />
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53" />
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53" />
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54" />
        <source>Mechanical</source>
        <translation>Automática</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54" />
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55" />
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55" />
        <source>External</source>
        <translation>Externa</translation>
    </message>
</context>
</TS>