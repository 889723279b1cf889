<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiError</name>
    <message>
        <source>Request id: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation>Error HTTP %1</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Error en la conexión segura</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Solicitud rechazada</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>No ha iniciado sesión</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Error en la solicitud</translation>
    </message>
</context>
<context>
    <name>DatabricksConfig</name>
    <message>
        <source>Line %1: “%2” is not a valid section header.</source>
        <translation>Línea %1: «%2» no es un encabezado de sección válido.</translation>
    </message>
    <message>
        <source>Line %1 is neither a section nor a key = value pair.</source>
        <translation>La línea %1 no es ni una sección ni un par clave = valor.</translation>
    </message>
</context>
<context>
    <name>DbcArchive</name>
    <message>
        <source>Invalid notebook %1 in DBC archive.</source>
        <translation>Notebook %1 no válido en el archivo DBC.</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>Fault &quot;%1&quot; must look like &lt;kind&gt;:&lt;path-pattern&gt;[:key=value]...</source>
        <translation>El fallo «%1» debe tener esta forma: &lt;tipo&gt;:&lt;patrón-de-ruta&gt;[:clave=valor]...</translation>
    </message>
    <message>
        <source>Unknown fault kind &quot;%1&quot; (expected rate-limit, latency, error, drop or malformed).</source>
        <translation>Tipo de fallo desconocido «%1» (se esperaba rate-limit, latency, error, drop o malformed).</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; must look like key=value.</source>
        <translation>La opción de fallo «%1» debe tener la forma clave=valor.</translation>
    </message>
    <message>
        <source>Drop mode must be abort or mid-body, not %1.</source>
        <translation>El modo drop debe ser abort o mid-body, no %1.</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; needs a non-negative integer.</source>
        <translation>La opción de fallo «%1» requiere un número entero no negativo.</translation>
    </message>
    <message>
        <source>Fault option &quot;count&quot; must be at least 1.</source>
        <translation>La opción de fallo «count» debe ser como mínimo 1.</translation>
    </message>
    <message>
        <source>Fault option &quot;status&quot; must be a 5xx status, not %1.</source>
        <translation>La opción de fallo «status» debe ser un estado 5xx, no %1.</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; does not apply to %2 faults.</source>
        <translation>La opción de fallo «%1» no se aplica a los fallos de tipo %2.</translation>
    </message>
    <message>
        <source>Latency faults need ms=&lt;milliseconds&gt;.</source>
        <translation>Los fallos de latencia requieren ms=&lt;milisegundos&gt;.</translation>
    </message>
</context>
<context>
    <name>HostUrl</name>
    <message>
        <source>Enter the workspace URL, for example https://adb-1234567890123456.7.azuredatabricks.net.</source>
        <translation>Introduzca la URL del área de trabajo, por ejemplo, https://adb-1234567890123456.7.azuredatabricks.net.</translation>
    </message>
    <message>
        <source>“%1” is not a valid workspace URL.</source>
        <translation>«%1» no es una URL de área de trabajo válida.</translation>
    </message>
    <message>
        <source>The workspace URL must start with https://.</source>
        <translation>La URL del área de trabajo debe empezar por https://.</translation>
    </message>
    <message>
        <source>The workspace URL must not contain a user name or password.</source>
        <translation>La URL del área de trabajo no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>Plain http:// is refused for %1: the token would travel unencrypted. Use https://.</source>
        <translation>No se admite http:// sin cifrar para %1: el token se transmitiría sin cifrar. Use https://.</translation>
    </message>
</context>
<context>
    <name>JupyterCodec</name>
    <message>
        <source>Not a Jupyter notebook: %1</source>
        <translation>No es un notebook de Jupyter: %1</translation>
    </message>
    <message>
        <source>Only nbformat 4 notebooks are supported.</source>
        <translation>Solo se admiten notebooks con nbformat 4.</translation>
    </message>
</context>
<context>
    <name>OidcApi</name>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>The application is not registered with this workspace.</source>
        <translation>La aplicación no está registrada en esta área de trabajo.</translation>
    </message>
    <message>
        <source>The redirect URL is not allowed for this application.</source>
        <translation>La URL de redirección no está permitida para esta aplicación.</translation>
    </message>
</context>
<context>
    <name>ProfileSources</name>
    <message>
        <source>No token or client credentials are set.</source>
        <translation>No se ha configurado ningún token ni credenciales de cliente.</translation>
    </message>
    <message>
        <source>The authentication type “%1” is not supported yet.</source>
        <translation>El tipo de autenticación «%1» todavía no se admite.</translation>
    </message>
    <message>
        <source>DATABRICKS_CONFIG_PROFILE names “%1”, which is not in %2.</source>
        <translation>DATABRICKS_CONFIG_PROFILE indica «%1», que no está en %2.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>Not a ZIP archive.</source>
        <translation>No es un archivo ZIP.</translation>
    </message>
    <message>
        <source>Corrupt ZIP central directory.</source>
        <translation>El directorio central del ZIP está dañado.</translation>
    </message>
    <message>
        <source>Corrupt ZIP entry header.</source>
        <translation>El encabezado de una entrada ZIP está dañado.</translation>
    </message>
    <message>
        <source>Truncated ZIP entry.</source>
        <translation>Una entrada ZIP está truncada.</translation>
    </message>
    <message>
        <source>Corrupt deflated ZIP entry.</source>
        <translation>Una entrada ZIP comprimida con Deflate está dañada.</translation>
    </message>
    <message>
        <source>Unsupported ZIP compression method.</source>
        <translation>Método de compresión ZIP no admitido.</translation>
    </message>
    <message>
        <source>ZIP entry checksum mismatch.</source>
        <translation>La suma de comprobación de una entrada ZIP no coincide.</translation>
    </message>
</context>
<context>
    <name>brickdesk-emulator</name>
    <message>
        <source>Serves an in-memory Databricks workspace on 127.0.0.1.</source>
        <translation>Sirve un área de trabajo de Databricks en memoria en 127.0.0.1.</translation>
    </message>
    <message>
        <source>TCP port (0 picks a free one).</source>
        <translation>Puerto TCP (0 elige uno libre).</translation>
    </message>
    <message>
        <source>The personal access token to accept.</source>
        <translation>El token de acceso personal que se aceptará.</translation>
    </message>
    <message>
        <source>Initial content: demo or empty.</source>
        <translation>Contenido inicial: demo o empty.</translation>
    </message>
    <message>
        <source>Inject a fault, e.g. rate-limit:/api/2.0/workspace/*:retry-after=2:count=3 (kinds: rate-limit, latency, error, drop, malformed). Repeatable.</source>
        <translation>Inyecta un fallo, p. ej., rate-limit:/api/2.0/workspace/*:retry-after=2:count=3 (tipos: rate-limit, latency, error, drop, malformed). Se puede repetir.</translation>
    </message>
    <message>
        <source>Lifetime of issued OAuth access tokens (default 3600).</source>
        <translation>Duración de los tokens de acceso OAuth emitidos (predeterminado: 3600).</translation>
    </message>
    <message>
        <source>Accept an OAuth M2M client, e.g. my-client-id:my-secret. Repeatable.</source>
        <translation>Acepta un cliente OAuth M2M, p. ej., my-client-id:my-secret. Se puede repetir.</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Puerto no válido: %1</translation>
    </message>
    <message>
        <source>--token is required.</source>
        <translation>Se requiere --token.</translation>
    </message>
    <message>
        <source>Unknown seed: %1 (expected demo or empty)</source>
        <translation>Contenido inicial desconocido: %1 (se esperaba demo o empty)</translation>
    </message>
    <message>
        <source>Invalid token lifetime: %1</source>
        <translation>Duración de token no válida: %1</translation>
    </message>
    <message>
        <source>--service-principal expects ID:SECRET</source>
        <translation>--service-principal espera ID:SECRET</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1</source>
        <translation>No se pudo escuchar en 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Brickdesk emulator listening on %1</source>
        <translation>Emulador de Brickdesk escuchando en %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::AboutDialog</name>
    <message>
        <source>About Brickdesk</source>
        <translation>Acerca de Brickdesk</translation>
    </message>
    <message>
        <source>Brickdesk</source>
        <translation>Brickdesk</translation>
    </message>
    <message>
        <source>Version %1 · Qt %2 (built with %3)</source>
        <translation>Versión %1 · Qt %2 (compilado con %3)</translation>
    </message>
    <message>
        <source>A native desktop console for administering Databricks workspaces: the workspace tree, jobs, clusters, DBFS, secrets and pipelines, through the public REST API.</source>
        <translation>Una consola de escritorio nativa para administrar áreas de trabajo de Databricks: el árbol del área de trabajo, trabajos, clústeres, DBFS, secretos y canalizaciones, mediante la API REST pública.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0. Databricks is a trademark of Databricks, Inc.; Brickdesk is not affiliated with it.</source>
        <translation>Con licencia Apache License, versión 2.0. Databricks es una marca comercial de Databricks, Inc.; Brickdesk no está afiliado a dicha empresa.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ActivityModel</name>
    <message>
        <source>…</source>
        <comment>call in flight</comment>
        <translation>…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
</context>
<context>
    <name>brickdesk::ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove all calls from the list</source>
        <translation>Quitar todas las llamadas de la lista</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Llamadas: %1</translation>
    </message>
    <message>
        <source> · in flight: %1</source>
        <translation> · en curso: %1</translation>
    </message>
    <message>
        <source> · failed: %1</source>
        <translation> · fallidas: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::ApiCall</name>
    <message>
        <source> — certificate for “%1”, issued by “%2”, valid %3 to %4, SHA-256 %5</source>
        <translation> — certificado para «%1», emitido por «%2», válido desde %3 hasta %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of API data. A proxy, a private-link rule or a sign-in page may be in the way.</source>
        <translation>El servidor respondió con una página web en lugar de datos de la API. Es posible que un proxy, una regla de Private Link o una página de inicio de sesión esté interfiriendo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at offset %2).</source>
        <translation>La respuesta del servidor no es JSON válido (%1 en la posición %2).</translation>
    </message>
    <message numerus="yes">
        <source>No data was received for %n second(s).</source>
        <translation>
            <numerusform>No se recibieron datos durante %n segundo.</numerusform>
            <numerusform>No se recibieron datos durante %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Error en la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the workspace URL and your network connection.</source>
        <translation>No se encontró el host %1. Compruebe la URL del área de trabajo y su conexión de red.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 rechazó la conexión.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>El servidor cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>Signing in to the workspace failed.</source>
        <translation>No se pudo iniciar sesión en el área de trabajo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The request was cancelled because its view was closed.</source>
        <translation>Se canceló la solicitud porque se cerró su vista.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>%1 (demo workspace)</source>
        <translation>%1 (área de trabajo de demostración)</translation>
    </message>
    <message>
        <source>Identifying user…</source>
        <translation>Identificando al usuario…</translation>
    </message>
    <message>
        <source>User unknown: %1</source>
        <translation>Usuario desconocido: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::CredentialStore</name>
    <message>
        <source>No keychain is available (%1). Brickdesk keeps secrets only in the system keychain.</source>
        <translation>No hay ningún llavero disponible (%1). Brickdesk guarda las credenciales únicamente en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>brickdesk::EmulatorWorker</name>
    <message>
        <source>No free port on the loopback interface could be opened.</source>
        <translation>No se pudo abrir ningún puerto libre en la interfaz de bucle invertido.</translation>
    </message>
</context>
<context>
    <name>brickdesk::Launcher</name>
    <message>
        <source>Starting the demo workspace…</source>
        <translation>Iniciando el área de trabajo de demostración…</translation>
    </message>
    <message>
        <source>The demo workspace could not start: %1</source>
        <translation>No se pudo iniciar el área de trabajo de demostración: %1</translation>
    </message>
    <message>
        <source>DATABRICKS_TOKEN is set, but DATABRICKS_HOST is not.</source>
        <translation>DATABRICKS_TOKEN está definida, pero DATABRICKS_HOST no.</translation>
    </message>
    <message>
        <source>DATABRICKS_HOST is set, but DATABRICKS_TOKEN is not.</source>
        <translation>DATABRICKS_HOST está definida, pero DATABRICKS_TOKEN no.</translation>
    </message>
    <message>
        <source>DATABRICKS_HOST: %1</source>
        <translation>DATABRICKS_HOST: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>%1 is not available yet in this version.</source>
        <translation>%1 aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Activity Panel</source>
        <translation>Panel de &amp;actividad</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Brickdesk</source>
        <translation>&amp;Acerca de Brickdesk</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>DBFS</source>
        <translation>DBFS</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Canalizaciones</translation>
    </message>
    <message>
        <source>Brickdesk</source>
        <translation>Brickdesk</translation>
    </message>
    <message>
        <source>%1 (demo) — Brickdesk</source>
        <translation>%1 (demostración) — Brickdesk</translation>
    </message>
    <message>
        <source>%1 — Brickdesk</source>
        <translation>%1 — Brickdesk</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceModel</name>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>No está conectado a ningún área de trabajo.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load this folder: %1</source>
        <translation>No se pudo cargar esta carpeta: %1</translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation>%1
Pulse F5 para volver a intentarlo.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lenguaje</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Git folder</source>
        <translation>Carpeta de Git</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>MLflow experiment</source>
        <translation>Experimento de MLflow</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Scala</source>
        <translation>Scala</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspacePage</name>
    <message>
        <source>Not connected to a workspace</source>
        <translation>No está conectado a ningún área de trabajo</translation>
    </message>
    <message>
        <source>&lt;p&gt;To look around without an account, open the demo workspace with sample notebooks, folders and jobs:&lt;/p&gt;&lt;p&gt;&lt;code&gt;brickdesk --demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;To connect to your own workspace, set these environment variables and start Brickdesk again:&lt;/p&gt;&lt;p&gt;&lt;code&gt;DATABRICKS_HOST=&lt;/code&gt;&lt;i&gt;your workspace URL&lt;/i&gt;&lt;br&gt;&lt;code&gt;DATABRICKS_TOKEN=&lt;/code&gt;&lt;i&gt;your personal access token&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Para echar un vistazo sin una cuenta, abra el área de trabajo de demostración con notebooks, carpetas y trabajos de ejemplo:&lt;/p&gt;&lt;p&gt;&lt;code&gt;brickdesk --demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Para conectarse a su propia área de trabajo, defina estas variables de entorno y vuelva a iniciar Brickdesk:&lt;/p&gt;&lt;p&gt;&lt;code&gt;DATABRICKS_HOST=&lt;/code&gt;&lt;i&gt;la URL de su área de trabajo&lt;/i&gt;&lt;br&gt;&lt;code&gt;DATABRICKS_TOKEN=&lt;/code&gt;&lt;i&gt;su token de acceso personal&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceView</name>
    <message>
        <source>Workspace</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>List the selected folder again</source>
        <translation>Volver a listar la carpeta seleccionada</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copiar &amp;ruta</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Esta carpeta está vacía.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Native desktop console for Databricks workspaces.

Without --demo, Brickdesk connects to the workspace named by the DATABRICKS_HOST and DATABRICKS_TOKEN environment variables.</source>
        <translation>Consola de escritorio nativa para áreas de trabajo de Databricks.

Sin --demo, Brickdesk se conecta al área de trabajo indicada por las variables de entorno DATABRICKS_HOST y DATABRICKS_TOKEN.</translation>
    </message>
    <message>
        <source>Open a local demo workspace with sample content (no account needed).</source>
        <translation>Abre un área de trabajo de demostración local con contenido de ejemplo (no se necesita cuenta).</translation>
    </message>
</context>
</TS>
