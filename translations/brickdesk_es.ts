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
    <message>
        <source>The server&apos;s answer to a read is not valid.</source>
        <translation>La respuesta del servidor a una lectura no es válida.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to an export is not valid.</source>
        <translation>La respuesta del servidor a una exportación no es válida.</translation>
    </message>
</context>
<context>
    <name>ClusterRefusal</name>
    <message>
        <source>Could not start “%1”: %2</source>
        <translation>No se pudo iniciar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not restart “%1”: %2</source>
        <translation>No se pudo reiniciar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not terminate “%1”: %2</source>
        <translation>No se pudo finalizar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not resize “%1”: %2</source>
        <translation>No se pudo redimensionar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>No se pudo eliminar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not pin “%1”: %2</source>
        <translation>No se pudo anclar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not unpin “%1”: %2</source>
        <translation>No se pudo desanclar «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is already running.</source>
        <translation>«%1» ya está en ejecución.</translation>
    </message>
    <message>
        <source>“%1” is already starting.</source>
        <translation>«%1» ya se está iniciando.</translation>
    </message>
    <message>
        <source>“%1” is already restarting.</source>
        <translation>«%1» ya se está reiniciando.</translation>
    </message>
    <message>
        <source>“%1” is still terminating: start it again once it has stopped.</source>
        <translation>«%1» aún se está finalizando: vuelva a iniciarlo cuando se haya detenido.</translation>
    </message>
    <message>
        <source>“%1” is not running: start it instead.</source>
        <translation>«%1» no está en ejecución: inícielo en su lugar.</translation>
    </message>
    <message>
        <source>“%1” is still starting: there is nothing to restart yet.</source>
        <translation>«%1» aún se está iniciando: todavía no hay nada que reiniciar.</translation>
    </message>
    <message>
        <source>“%1” is terminating.</source>
        <translation>«%1» se está finalizando.</translation>
    </message>
    <message>
        <source>“%1” is being resized: restart it once that has finished.</source>
        <translation>«%1» se está redimensionando: reinícielo cuando haya terminado.</translation>
    </message>
    <message>
        <source>“%1” can be resized only while it runs, and it is %2 now.</source>
        <translation>«%1» solo se puede redimensionar mientras está en ejecución, y ahora su estado es «%2».</translation>
    </message>
    <message>
        <source>“%1” can be edited only while it runs or is terminated, and it is %2 now.</source>
        <translation>«%1» solo se puede editar mientras está en ejecución o finalizado, y ahora su estado es «%2».</translation>
    </message>
    <message>
        <source>“%1” cannot do that while it is %2.</source>
        <translation>No se puede hacer eso con «%1» mientras su estado es «%2».</translation>
    </message>
</context>
<context>
    <name>ConfigFileReader</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>%1 (workspace “%2”)</source>
        <translation>%1 (área de trabajo «%2»)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm — %1</source>
        <translation>Confirmar — %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The workspace&apos;s certificate is not trusted: %1</source>
        <translation>El certificado del área de trabajo no es de confianza: %1</translation>
    </message>
    <message>
        <source>The workspace did not answer in time. Check the URL, your network and the proxy settings.</source>
        <translation>El área de trabajo no respondió a tiempo. Compruebe la URL, su red y la configuración del proxy.</translation>
    </message>
    <message>
        <source>The host was not found. Check the workspace URL.</source>
        <translation>No se encontró el host. Compruebe la URL del área de trabajo.</translation>
    </message>
    <message>
        <source>The workspace refused the token: it is wrong, expired or revoked. Create a new one in the workspace&apos;s user settings.</source>
        <translation>El área de trabajo rechazó el token: es incorrecto, ha caducado o se ha revocado. Cree uno nuevo en la configuración de usuario del área de trabajo.</translation>
    </message>
    <message>
        <source>No usable credential was sent. Enter a token or sign in.</source>
        <translation>No se envió ninguna credencial utilizable. Introduzca un token o inicie sesión.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Conectado como %1.</translation>
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
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>MLflow experiments cannot be exported</source>
        <translation>Los experimentos de MLflow no se pueden exportar</translation>
    </message>
    <message>
        <source>Dashboards cannot be exported here</source>
        <translation>Los paneles no se pueden exportar aquí</translation>
    </message>
    <message>
        <source>Libraries cannot be exported</source>
        <translation>Las bibliotecas no se pueden exportar</translation>
    </message>
    <message>
        <source>Objects of type %1 cannot be exported</source>
        <translation>Los objetos de tipo %1 no se pueden exportar</translation>
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
    <name>JobParameterGroup</name>
    <message>
        <source>Job parameters</source>
        <translation>Parámetros del trabajo</translation>
    </message>
    <message>
        <source>Notebook parameters (notebook_params)</source>
        <translation>Parámetros del notebook (notebook_params)</translation>
    </message>
    <message>
        <source>Python arguments (python_params)</source>
        <translation>Argumentos de Python (python_params)</translation>
    </message>
    <message>
        <source>Python wheel named parameters (python_named_params)</source>
        <translation>Parámetros con nombre de Python wheel (python_named_params)</translation>
    </message>
    <message>
        <source>JAR arguments (jar_params)</source>
        <translation>Argumentos JAR (jar_params)</translation>
    </message>
    <message>
        <source>spark-submit arguments (spark_submit_params)</source>
        <translation>Argumentos de spark-submit (spark_submit_params)</translation>
    </message>
    <message>
        <source>SQL parameters (sql_params)</source>
        <translation>Parámetros SQL (sql_params)</translation>
    </message>
    <message>
        <source>%1: parameter %2 has no name.</source>
        <translation>%1: el parámetro %2 no tiene nombre.</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice; each name may appear once.</source>
        <translation>%1: «%2» aparece dos veces; cada nombre solo puede aparecer una vez.</translation>
    </message>
    <message>
        <source>%1 would be %2 bytes of JSON; the Jobs API accepts at most %3.</source>
        <translation>%1 ocuparía %2 bytes de JSON; la API de Jobs acepta como máximo %3.</translation>
    </message>
</context>
<context>
    <name>JsonChangeSummary</name>
    <message>
        <source>no changes</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>cambiado: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>añadido: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>eliminado: %1</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>the payload is empty; it must be a JSON object</source>
        <translation>la carga está vacía; debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>missing comma (or “}”) before this</source>
        <translation>falta una coma (o «}») antes de esto</translation>
    </message>
    <message>
        <source>missing comma (or “]”) before this</source>
        <translation>falta una coma (o «]») antes de esto</translation>
    </message>
    <message>
        <source>the payload must be a JSON object, in { }</source>
        <translation>la carga debe ser un objeto JSON, entre { }</translation>
    </message>
    <message>
        <source>unterminated object: a “}” is missing</source>
        <translation>objeto sin terminar: falta una «}»</translation>
    </message>
    <message>
        <source>missing colon after the key</source>
        <translation>falta el signo de dos puntos después de la clave</translation>
    </message>
    <message>
        <source>unterminated list: a “]” is missing</source>
        <translation>lista sin terminar: falta un «]»</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>falta una coma</translation>
    </message>
    <message>
        <source>not a JSON value (strings need double quotes; true, false and null are lower case)</source>
        <translation>no es un valor JSON (las cadenas necesitan comillas dobles; true, false y null van en minúsculas)</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>el texto termina dentro de un número</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>no es un número válido</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>secuencia de escape no válida en una cadena</translation>
    </message>
    <message>
        <source>invalid character in a string</source>
        <translation>carácter no válido en una cadena</translation>
    </message>
    <message>
        <source>unterminated string: a closing “&quot;” is missing</source>
        <translation>cadena sin terminar: falta un «&quot;» de cierre</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>the payload is too large</source>
        <translation>la carga es demasiado grande</translation>
    </message>
    <message>
        <source>unexpected text after the end of the object</source>
        <translation>texto inesperado después del final del objeto</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>JSON no válido</translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <source>The schema cannot be used: %1</source>
        <translation>No se puede usar el esquema: %1</translation>
    </message>
    <message>
        <source>The schema %1 cannot be read: %2</source>
        <translation>No se puede leer el esquema %1: %2</translation>
    </message>
    <message>
        <source>The schema %1 is not a JSON object: %2</source>
        <translation>El esquema %1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <source>The schema check failed: %1</source>
        <translation>Falló la comprobación del esquema: %1</translation>
    </message>
    <message>
        <source>unknown field `%1`; Databricks may ignore or reject it</source>
        <translation>campo desconocido `%1`; Databricks puede ignorarlo o rechazarlo</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an object, in { }</source>
        <translation>un objeto, entre { }</translation>
    </message>
    <message>
        <source>a list, in [ ]</source>
        <translation>una lista, entre [ ]</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>otro tipo</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>the payload</source>
        <translation>la carga</translation>
    </message>
    <message>
        <source>required field `%1` is missing</source>
        <translation>falta el campo obligatorio `%1`</translation>
    </message>
    <message>
        <source>`%1` must be one of %2</source>
        <translation>`%1` debe ser uno de %2</translation>
    </message>
    <message>
        <source>`%1` must be %2</source>
        <translation>`%1` debe ser %2</translation>
    </message>
    <message>
        <source>`%1` must be at most %2</source>
        <translation>`%1` debe ser como máximo %2</translation>
    </message>
    <message>
        <source>`%1` must be less than %2</source>
        <translation>`%1` debe ser menor que %2</translation>
    </message>
    <message>
        <source>`%1` must be at least %2</source>
        <translation>`%1` debe ser como mínimo %2</translation>
    </message>
    <message>
        <source>`%1` must be more than %2</source>
        <translation>`%1` debe ser mayor que %2</translation>
    </message>
    <message numerus="yes">
        <source>`%1` must be at most %n character(s) long</source>
        <translation>
            <numerusform>`%1` debe tener como máximo %n carácter</numerusform>
            <numerusform>`%1` debe tener como máximo %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>`%1` must not be empty</source>
        <translation>`%1` no debe estar vacío</translation>
    </message>
    <message numerus="yes">
        <source>`%1` must be at least %n character(s) long</source>
        <translation>
            <numerusform>`%1` debe tener al menos %n carácter</numerusform>
            <numerusform>`%1` debe tener al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` can have at most %n item(s)</source>
        <translation>
            <numerusform>`%1` puede tener como máximo %n elemento</numerusform>
            <numerusform>`%1` puede tener como máximo %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` needs at least %n item(s)</source>
        <translation>
            <numerusform>`%1` necesita al menos %n elemento</numerusform>
            <numerusform>`%1` necesita al menos %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` can have at most %n key(s)</source>
        <translation>
            <numerusform>`%1` puede tener como máximo %n clave</numerusform>
            <numerusform>`%1` puede tener como máximo %n claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` needs at least %n key(s)</source>
        <translation>
            <numerusform>`%1` necesita al menos %n clave</numerusform>
            <numerusform>`%1` necesita al menos %n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>`%1` does not have the expected format</source>
        <translation>`%1` no tiene el formato esperado</translation>
    </message>
    <message>
        <source>`%1` has the same item more than once</source>
        <translation>`%1` contiene el mismo elemento más de una vez</translation>
    </message>
    <message>
        <source>`%1`: %2</source>
        <translation>`%1`: %2</translation>
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
    <name>KeychainNotice</name>
    <message>
        <source>No Keychain Available</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>The secret of “%1” cannot be stored: no system keychain is available.</source>
        <translation>No se pueden guardar las credenciales de «%1»: no hay ningún llavero del sistema disponible.</translation>
    </message>
    <message>
        <source>Brickdesk keeps secrets only in the system keychain (Secret Service), never in a file. You can use the secret for this session only; you will have to enter it again next time.</source>
        <translation>Brickdesk guarda las credenciales únicamente en el llavero del sistema (Secret Service), nunca en un archivo. Puede usar las credenciales solo en esta sesión; tendrá que volver a introducirlas la próxima vez.</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>Usar solo en esta sesión</translation>
    </message>
</context>
<context>
    <name>LibrarySpec</name>
    <message>
        <source>The repository must be an http:// or https:// URL.</source>
        <translation>El repositorio debe ser una URL http:// o https://.</translation>
    </message>
    <message>
        <source>Enter the path of the %1.</source>
        <translation>Introduzca la ruta del archivo %1.</translation>
    </message>
    <message>
        <source>The path must start with /Workspace/, /Volumes/, dbfs:/, s3://, abfss:// or gs://.</source>
        <translation>La ruta debe empezar por /Workspace/, /Volumes/, dbfs:/, s3://, abfss:// o gs://.</translation>
    </message>
    <message>
        <source>The %1 must end with %2.</source>
        <translation>El archivo %1 debe terminar en %2.</translation>
    </message>
    <message>
        <source>Enter a package name.</source>
        <translation>Introduzca un nombre de paquete.</translation>
    </message>
    <message>
        <source>The package must not contain spaces (write pandas==2.2.2).</source>
        <translation>El paquete no debe contener espacios (escriba pandas==2.2.2).</translation>
    </message>
    <message>
        <source>Enter the Maven coordinates (group:artifact:version).</source>
        <translation>Introduzca las coordenadas de Maven (group:artifact:version).</translation>
    </message>
    <message>
        <source>Maven coordinates must be group:artifact:version, for example com.databricks:spark-xml_2.12:0.18.0.</source>
        <translation>Las coordenadas de Maven deben tener la forma group:artifact:version, por ejemplo, com.databricks:spark-xml_2.12:0.18.0.</translation>
    </message>
    <message>
        <source>wheel</source>
        <translation>wheel</translation>
    </message>
    <message>
        <source>JAR</source>
        <translation>JAR</translation>
    </message>
    <message>
        <source>requirements file</source>
        <translation>de requisitos</translation>
    </message>
    <message>
        <source>Unknown library kind.</source>
        <translation>Tipo de biblioteca desconocido.</translation>
    </message>
    <message>
        <source>PyPI</source>
        <translation>PyPI</translation>
    </message>
    <message>
        <source>Maven</source>
        <translation>Maven</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Wheel</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>CRAN</source>
        <translation>CRAN</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>The proxy “%1” is not a valid address; use host:port or http://host:port.</source>
        <translation>El proxy «%1» no es una dirección válida; use host:port o http://host:port.</translation>
    </message>
    <message>
        <source>The certificate bundle %1 cannot be read: %2</source>
        <translation>No se puede leer el paquete de certificados %1: %2</translation>
    </message>
    <message>
        <source>%1 contains no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>NotebookRenderer</name>
    <message>
        <source>Cell %1</source>
        <translation>Celda %1</translation>
    </message>
    <message>
        <source>This notebook has no cells.</source>
        <translation>Este notebook no tiene celdas.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenClient</name>
    <message>
        <source>This workspace does not offer OAuth sign-in (%1).</source>
        <translation>Esta área de trabajo no ofrece inicio de sesión con OAuth (%1).</translation>
    </message>
    <message>
        <source>The workspace&apos;s OAuth discovery document is incomplete.</source>
        <translation>El documento de detección de OAuth del área de trabajo está incompleto.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>El punto de conexión de token respondió sin un token de acceso.</translation>
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
    <name>PayloadChecker</name>
    <message>
        <source>`%1` is read-only; keep it as %2</source>
        <translation>`%1` es de solo lectura; manténgalo como %2</translation>
    </message>
    <message>
        <source>`%1` is read-only and cannot be set here</source>
        <translation>`%1` es de solo lectura y no se puede establecer aquí</translation>
    </message>
</context>
<context>
    <name>PayloadKinds</name>
    <message>
        <source>Notebook on a job cluster</source>
        <translation>Notebook en un clúster de trabajo</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Script de Python</translation>
    </message>
    <message>
        <source>Multi-task DAG</source>
        <translation>DAG de varias tareas</translation>
    </message>
    <message>
        <source>SQL task on a warehouse</source>
        <translation>Tarea SQL en un almacén</translation>
    </message>
    <message>
        <source>Pipeline refresh</source>
        <translation>Actualización de canalización</translation>
    </message>
    <message>
        <source>For each</source>
        <translation>Para cada</translation>
    </message>
    <message>
        <source>Single node</source>
        <translation>Nodo único</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Escalado automático</translation>
    </message>
    <message>
        <source>Fixed size</source>
        <translation>Tamaño fijo</translation>
    </message>
    <message>
        <source>Serverless, triggered</source>
        <translation>Sin servidor, desencadenado</translation>
    </message>
    <message>
        <source>Classic compute, autoscaling</source>
        <translation>Cómputo clásico, escalado automático</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continuo</translation>
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
    <name>RepairPlan</name>
    <message>
        <source>Nothing will rerun.</source>
        <translation>No se volverá a ejecutar nada.</translation>
    </message>
    <message numerus="yes">
        <source>Will rerun: %1 (%n tasks)</source>
        <translation>
            <numerusform>Se volverá a ejecutar: %1 (%n tarea)</numerusform>
            <numerusform>Se volverá a ejecutar: %1 (%n tareas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 is still running; repair it once it has ended.</source>
        <translation>La ejecución %1 sigue en curso; repárela cuando haya terminado.</translation>
    </message>
    <message>
        <source>No task of run %1 failed; check the tasks to rerun.</source>
        <translation>Ninguna tarea de la ejecución %1 falló; marque las tareas que desea volver a ejecutar.</translation>
    </message>
    <message>
        <source>Check at least one task to rerun.</source>
        <translation>Marque al menos una tarea para volver a ejecutar.</translation>
    </message>
</context>
<context>
    <name>RunDurations</name>
    <message>
        <source>No runs yet.</source>
        <translation>Aún no hay ejecuciones.</translation>
    </message>
    <message>
        <source>Median of the last %1: %2.</source>
        <translation>Mediana de las últimas %1: %2.</translation>
    </message>
    <message>
        <source>%1% slower than the %2 before (%3).</source>
        <translation>%1 % más lenta que las %2 anteriores (%3).</translation>
    </message>
    <message>
        <source>%1% faster than the %2 before (%3).</source>
        <translation>%1 % más rápida que las %2 anteriores (%3).</translation>
    </message>
    <message>
        <source>The same as the %1 before.</source>
        <translation>Igual que las %1 anteriores.</translation>
    </message>
    <message>
        <source>Failed: %1 of the last %2.</source>
        <translation>Fallidas: %1 de las últimas %2.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>RunNowRequest</name>
    <message>
        <source>The job has no job_id.</source>
        <translation>El trabajo no tiene job_id.</translation>
    </message>
    <message>
        <source>Check at least one task to run.</source>
        <translation>Marque al menos una tarea para ejecutar.</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Waiting for retry</source>
        <translation>Esperando reintento</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Succeeded with failures</source>
        <translation>Correcta con errores</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Upstream failed</source>
        <translation>Falló una dependencia</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizada</translation>
    </message>
</context>
<context>
    <name>TaskGraph</name>
    <message>
        <source>Query %1</source>
        <translation>Consulta %1</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>Panel %1</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alerta %1</translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>Almacén %1</translation>
    </message>
    <message>
        <source>Job cluster %1</source>
        <translation>Clúster de trabajo %1</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Clúster %1</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Clúster nuevo</translation>
    </message>
    <message>
        <source>Serverless (%1)</source>
        <translation>Sin servidor (%1)</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Sin servidor</translation>
    </message>
    <message>
        <source>%1 (full refresh)</source>
        <translation>%1 (actualización completa)</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Trabajo %1</translation>
    </message>
    <message>
        <source>for each over %1</source>
        <translation>para cada uno en %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A task without a task_key is left out.</source>
        <translation>Se omite una tarea sin task_key.</translation>
    </message>
    <message>
        <source>Task key %1 appears twice; the second is left out.</source>
        <translation>La clave de tarea %1 aparece dos veces; se omite la segunda.</translation>
    </message>
    <message>
        <source>Task %1 depends on %2, which is not in the job; that dependency is not drawn.</source>
        <translation>La tarea %1 depende de %2, que no está en el trabajo; esa dependencia no se dibuja.</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(sin clave)</translation>
    </message>
    <message>
        <source>The dependency of %1 on %2 closes a cycle and is not drawn.</source>
        <translation>La dependencia de %1 respecto de %2 cierra un ciclo y no se dibuja.</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Script de Python</translation>
    </message>
    <message>
        <source>Python wheel</source>
        <translation>Python wheel</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Canalización</translation>
    </message>
    <message>
        <source>Run job</source>
        <translation>Ejecutar trabajo</translation>
    </message>
    <message>
        <source>For each</source>
        <translation>Para cada</translation>
    </message>
    <message>
        <source>If/else condition</source>
        <translation>Condición if/else</translation>
    </message>
    <message>
        <source>dbt</source>
        <translation>dbt</translation>
    </message>
    <message>
        <source>JAR</source>
        <translation>JAR</translation>
    </message>
    <message>
        <source>Spark submit</source>
        <translation>Spark submit</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Todas terminadas</translation>
    </message>
    <message>
        <source>None failed</source>
        <translation>Ninguna fallida</translation>
    </message>
    <message>
        <source>At least one succeeded</source>
        <translation>Al menos una correcta</translation>
    </message>
    <message>
        <source>All failed</source>
        <translation>Todas fallidas</translation>
    </message>
    <message>
        <source>At least one failed</source>
        <translation>Al menos una fallida</translation>
    </message>
</context>
<context>
    <name>TriggerText</name>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Cada %n hora</numerusform>
            <numerusform>Cada %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Cada %n semana</numerusform>
            <numerusform>Cada %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Cada %n minuto</numerusform>
            <numerusform>Cada %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) at %1</source>
        <translation>
            <numerusform>Cada %n hora a las %1</numerusform>
            <numerusform>Cada %n horas a las %1</numerusform>
        </translation>
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
    <name>brickdesk</name>
    <message>
        <source>Sundays</source>
        <translation>los domingos</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>los lunes</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>los martes</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>los miércoles</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>los jueves</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>los viernes</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>los sábados</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>los días laborables</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>los fines de semana</translation>
    </message>
    <message>
        <source>Every %1 %2</source>
        <translation>Cada %1 %2</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pausa)</translation>
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
    <message>
        <source>Files one recursive DBFS delete removes before answering 503 PARTIAL_DELETE (default 100000).</source>
        <translation>Archivos que elimina un borrado recursivo de DBFS antes de responder 503 PARTIAL_DELETE (predeterminado: 100000).</translation>
    </message>
    <message>
        <source>Invalid DBFS partial-delete limit: %1</source>
        <translation>Límite de borrado parcial de DBFS no válido: %1</translation>
    </message>
    <message>
        <source>Run emulated processes (clusters starting, job runs, pipeline updates) N times faster than real time; fractions such as 0.5 slow them down (default 1).</source>
        <translation>Ejecuta los procesos emulados (inicio de clústeres, ejecuciones de trabajos, actualizaciones de canalizaciones) N veces más rápido que en tiempo real; las fracciones como 0.5 los ralentizan (predeterminado: 1).</translation>
    </message>
    <message>
        <source>Answer secrets/get with 400 BAD_REQUEST, as the service does for a user outside a notebook.</source>
        <translation>Responde a secrets/get con 400 BAD_REQUEST, como hace el servicio con un usuario fuera de un notebook.</translation>
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
    <name>brickdesk::AclLevelDelegate</name>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>brickdesk::AclMatrixDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on “%2” (%3)</source>
        <translation>%1 en «%2» (%3)</translation>
    </message>
    <message>
        <source>Add Principal…</source>
        <translation>Añadir entidad de seguridad…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Secret Scope Permissions — %1</source>
        <translation>Permisos de ámbitos de secretos — %1</translation>
    </message>
    <message>
        <source>Secret scope permissions of %1</source>
        <translation>Permisos de ámbitos de secretos de %1</translation>
    </message>
    <message>
        <source>Permissions by principal and scope</source>
        <translation>Permisos por entidad de seguridad y ámbito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add principal</source>
        <translation>Añadir entidad de seguridad</translation>
    </message>
    <message>
        <source>The secret scopes could not be listed: %1</source>
        <translation>No se pudieron listar los ámbitos de secretos: %1</translation>
    </message>
    <message>
        <source>Reading the permissions of every scope…</source>
        <translation>Leyendo los permisos de todos los ámbitos…</translation>
    </message>
    <message>
        <source>Read the permissions of 1 scope.</source>
        <translation>Se leyeron los permisos de 1 ámbito.</translation>
    </message>
    <message>
        <source>Read the permissions of %1 scopes.</source>
        <translation>Se leyeron los permisos de %1 ámbitos.</translation>
    </message>
    <message>
        <source>1 scope cannot be read: its permissions need Manage.</source>
        <translation>No se puede leer 1 ámbito: para ver sus permisos se necesita el permiso Administrar.</translation>
    </message>
    <message>
        <source>%1 scopes cannot be read: their permissions need Manage.</source>
        <translation>No se pueden leer %1 ámbitos: para ver sus permisos se necesita el permiso Administrar.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Se descartaron los cambios.</translation>
    </message>
    <message>
        <source>Writing %1 of %2…</source>
        <translation>Escribiendo %1 de %2…</translation>
    </message>
    <message>
        <source>Every change was written.</source>
        <translation>Se escribieron todos los cambios.</translation>
    </message>
    <message>
        <source>1 change failed: %1</source>
        <translation>Falló 1 cambio: %1</translation>
    </message>
    <message>
        <source>%1 changes failed: %2</source>
        <translation>Fallaron %1 cambios: %2</translation>
    </message>
    <message>
        <source>They have not been written to the workspace.</source>
        <translation>No se han escrito en el área de trabajo.</translation>
    </message>
    <message>
        <source>Discard 1 permission change in “%1” and read every scope again?</source>
        <translation>¿Descartar 1 cambio de permisos en «%1» y volver a leer todos los ámbitos?</translation>
    </message>
    <message>
        <source>Discard %1 permission changes in “%2” and read every scope again?</source>
        <translation>¿Descartar %1 cambios de permisos en «%2» y volver a leer todos los ámbitos?</translation>
    </message>
    <message>
        <source>Discard 1 permission change in “%1”?</source>
        <translation>¿Descartar 1 cambio de permisos en «%1»?</translation>
    </message>
    <message>
        <source>Discard %1 permission changes in “%2”?</source>
        <translation>¿Descartar %1 cambios de permisos en «%2»?</translation>
    </message>
</context>
<context>
    <name>brickdesk::AclMatrixModel</name>
    <message>
        <source>The permissions on “%1” cannot be read: %2</source>
        <translation>No se pueden leer los permisos de «%1»: %2</translation>
    </message>
    <message>
        <source>%1 has no permission on “%2”</source>
        <translation>%1 no tiene ningún permiso en «%2»</translation>
    </message>
    <message>
        <source>%1: %2 on “%3”</source>
        <translation>%1: %2 en «%3»</translation>
    </message>
    <message>
        <source>pending (now: %1)</source>
        <translation>pendiente (ahora: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Writing it failed: %1</source>
        <translation>No se pudo escribir: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (unreadable)</source>
        <translation>%1 (ilegible)</translation>
    </message>
    <message>
        <source>The permissions on “%1” cannot be read, so they cannot be changed here: %2</source>
        <translation>No se pueden leer los permisos de «%1», por lo que no se pueden cambiar aquí: %2</translation>
    </message>
    <message>
        <source>Reading the permissions on “%1”…</source>
        <translation>Leyendo los permisos de «%1»…</translation>
    </message>
    <message>
        <source>“%1”: an Azure Key Vault backed scope</source>
        <translation>«%1»: un ámbito respaldado por Azure Key Vault</translation>
    </message>
    <message>
        <source>“%1”: a Databricks scope</source>
        <translation>«%1»: un ámbito de Databricks</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>The local file to send could not be read.</source>
        <translation>No se pudo leer el archivo local que se iba a enviar.</translation>
    </message>
</context>
<context>
    <name>brickdesk::AreaActions</name>
    <message>
        <source>Per&amp;missions…</source>
        <translation>Per&amp;misos…</translation>
    </message>
    <message>
        <source>See who may use the selection and change it; several objects get one grant</source>
        <translation>Ver quién puede usar la selección y cambiarlo; varios objetos reciben un mismo permiso</translation>
    </message>
</context>
<context>
    <name>brickdesk::AreaPage</name>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>brickdesk::Areas</name>
    <message>
        <source>DBFS</source>
        <translation>DBFS</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
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
        <source>Pipelines</source>
        <translation>Canalizaciones</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterCatalog</name>
    <message numerus="yes">
        <source>%n cores, %1 GB</source>
        <translation>
            <numerusform>%n núcleo, %1 GB</numerusform>
            <numerusform>%n núcleos, %1 GB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n GPUs</source>
        <translation>
            <numerusform>, %n GPU</numerusform>
            <numerusform>, %n GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterEventsModel</name>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Escalado automático</translation>
    </message>
    <message>
        <source>User request</source>
        <translation>Solicitud del usuario</translation>
    </message>
    <message>
        <source>Automatic recovery</source>
        <translation>Recuperación automática</translation>
    </message>
    <message>
        <source>Replacing bad nodes</source>
        <translation>Reemplazando nodos defectuosos</translation>
    </message>
    <message>
        <source>Init script failed: %1</source>
        <translation>Falló el script de inicialización: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n init script(s) succeeded</source>
        <translation>
            <numerusform>%n script de inicialización correcto</numerusform>
            <numerusform>%n scripts de inicialización correctos</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding nodes failed</source>
        <translation>Error al añadir nodos</translation>
    </message>
    <message>
        <source>Automatic update</source>
        <translation>Actualización automática</translation>
    </message>
    <message>
        <source>Autoscaling backed off</source>
        <translation>Escalado automático pospuesto</translation>
    </message>
    <message>
        <source>Autoscaling failed</source>
        <translation>Falló el escalado automático</translation>
    </message>
    <message>
        <source>Autoscaling report</source>
        <translation>Informe de escalado automático</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Creando</translation>
    </message>
    <message>
        <source>DBFS down</source>
        <translation>DBFS no disponible</translation>
    </message>
    <message>
        <source>Disk not expanded</source>
        <translation>Disco no ampliado</translation>
    </message>
    <message>
        <source>Driver healthy</source>
        <translation>Driver en buen estado</translation>
    </message>
    <message>
        <source>Driver not responding</source>
        <translation>El driver no responde</translation>
    </message>
    <message>
        <source>Driver unavailable</source>
        <translation>Driver no disponible</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Disk expanded</source>
        <translation>Disco ampliado</translation>
    </message>
    <message>
        <source>Disk expansion failed</source>
        <translation>Falló la ampliación del disco</translation>
    </message>
    <message>
        <source>Init scripts finished</source>
        <translation>Scripts de inicialización terminados</translation>
    </message>
    <message>
        <source>Init scripts started</source>
        <translation>Scripts de inicialización iniciados</translation>
    </message>
    <message>
        <source>Metastore down</source>
        <translation>Metastore no disponible</translation>
    </message>
    <message>
        <source>Nodes lost</source>
        <translation>Nodos perdidos</translation>
    </message>
    <message>
        <source>Node excluded</source>
        <translation>Nodo excluido</translation>
    </message>
    <message>
        <source>Node decommissioned</source>
        <translation>Nodo retirado</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Anclado</translation>
    </message>
    <message>
        <source>Resized</source>
        <translation>Redimensionado</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Reiniciando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Spark exception</source>
        <translation>Excepción de Spark</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Unpinned</source>
        <translation>Desanclado</translation>
    </message>
    <message>
        <source>Upsize completed</source>
        <translation>Ampliación completada</translation>
    </message>
    <message>
        <source>Inactivity</source>
        <translation>Inactividad</translation>
    </message>
    <message>
        <source>Inactivity (idle for %1 minutes)</source>
        <translation>Inactividad (inactivo durante %1 minutos)</translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation>Trabajo terminado</translation>
    </message>
    <message>
        <source>Init script failure</source>
        <translation>Error del script de inicialización</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From %1 to %2 workers</source>
        <translation>De %1 a %2 workers</translation>
    </message>
    <message>
        <source>%1 of %2 workers</source>
        <translation>%1 de %2 workers</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Cambiado: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterPane</name>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>Redimensionando</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Init scripts</source>
        <translation>Scripts de inicialización</translation>
    </message>
    <message>
        <source>Driver health</source>
        <translation>Estado del driver</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Archivo del área de trabajo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>DBFS</source>
        <translation>DBFS</translation>
    </message>
    <message>
        <source>S3</source>
        <translation>S3</translation>
    </message>
    <message>
        <source>ADLS</source>
        <translation>ADLS</translation>
    </message>
    <message>
        <source>Google Cloud Storage</source>
        <translation>Google Cloud Storage</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Archivo local</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>No establecido</translation>
    </message>
    <message>
        <source>Single user</source>
        <translation>Usuario único</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>No isolation shared</source>
        <translation>Compartido sin aislamiento</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Dedicado</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Table ACL (legacy)</source>
        <translation>ACL de tablas (heredado)</translation>
    </message>
    <message>
        <source>Credential passthrough (legacy)</source>
        <translation>Acceso directo a credenciales (heredado)</translation>
    </message>
    <message>
        <source>Single user with passthrough (legacy)</source>
        <translation>Usuario único con acceso directo (heredado)</translation>
    </message>
    <message>
        <source>Single user, standard (legacy)</source>
        <translation>Usuario único, estándar (heredado)</translation>
    </message>
    <message>
        <source>Load More Events</source>
        <translation>Cargar más eventos</translation>
    </message>
    <message>
        <source>&amp;Install Library…</source>
        <translation>&amp;Instalar biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Uninstall Library</source>
        <translation>&amp;Desinstalar biblioteca</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>Nombre del clúster</translation>
    </message>
    <message>
        <source>Cluster state and id</source>
        <translation>Estado e id del clúster</translation>
    </message>
    <message>
        <source>Cluster details</source>
        <translation>Detalles del clúster</translation>
    </message>
    <message>
        <source>Cluster configuration</source>
        <translation>Configuración del clúster</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Show events of kind</source>
        <translation>Mostrar eventos del tipo</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Cluster events</source>
        <translation>Eventos del clúster</translation>
    </message>
    <message>
        <source>Load more events</source>
        <translation>Cargar más eventos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Install a library on this cluster</source>
        <translation>Instalar una biblioteca en este clúster</translation>
    </message>
    <message>
        <source>Uninstall the selected library when the cluster restarts</source>
        <translation>Desinstalar la biblioteca seleccionada cuando se reinicie el clúster</translation>
    </message>
    <message>
        <source>Install library</source>
        <translation>Instalar biblioteca</translation>
    </message>
    <message>
        <source>Uninstall library</source>
        <translation>Desinstalar biblioteca</translation>
    </message>
    <message>
        <source>Cluster libraries</source>
        <translation>Bibliotecas del clúster</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>Could not read the events of “%1”: %2</source>
        <translation>No se pudieron leer los eventos de «%1»: %2</translation>
    </message>
    <message>
        <source>No libraries are installed on this cluster.</source>
        <translation>No hay bibliotecas instaladas en este clúster.</translation>
    </message>
    <message>
        <source>Could not read the libraries: %1</source>
        <translation>No se pudieron leer las bibliotecas: %1</translation>
    </message>
    <message>
        <source>Could not read the libraries of “%1”: %2</source>
        <translation>No se pudieron leer las bibliotecas de «%1»: %2</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>Ningún clúster seleccionado</translation>
    </message>
    <message>
        <source>Select a cluster to see its configuration, events, workers and libraries.</source>
        <translation>Seleccione un clúster para ver su configuración, eventos, workers y bibliotecas.</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>creado por %1</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>Instance pool</source>
        <translation>Grupo de instancias</translation>
    </message>
    <message>
        <source>Driver type</source>
        <translation>Tipo de driver</translation>
    </message>
    <message>
        <source>Worker type</source>
        <translation>Tipo de worker</translation>
    </message>
    <message>
        <source>Autoscaling from %1 to %2 workers</source>
        <translation>Escalado automático de %1 a %2 workers</translation>
    </message>
    <message>
        <source>None (single node)</source>
        <translation>Ninguno (nodo único)</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminates</source>
        <translation>Finalización automática</translation>
    </message>
    <message>
        <source>After %1 minutes idle</source>
        <translation>Tras %1 minutos de inactividad</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Modo de acceso</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Directiva</translation>
    </message>
    <message>
        <source>Runtime engine</source>
        <translation>Motor de runtime</translation>
    </message>
    <message>
        <source>Photon</source>
        <translation>Photon</translation>
    </message>
    <message>
        <source>Spark configuration</source>
        <translation>Configuración de Spark</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variables de entorno</translation>
    </message>
    <message>
        <source>Custom tags</source>
        <translation>Etiquetas personalizadas</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s)</source>
        <translation>
            <numerusform>%n script</numerusform>
            <numerusform>%n scripts</numerusform>
        </translation>
    </message>
    <message>
        <source>Log delivery</source>
        <translation>Entrega de registros</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creado desde</translation>
    </message>
    <message>
        <source>UI</source>
        <translation>Interfaz web</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>Leyendo eventos…</translation>
    </message>
    <message>
        <source>Could not read the events: %1</source>
        <translation>No se pudieron leer los eventos: %1</translation>
    </message>
    <message>
        <source>No events of this kind.</source>
        <translation>No hay eventos de este tipo.</translation>
    </message>
    <message>
        <source>Installing %1 on “%2”…</source>
        <translation>Instalando %1 en «%2»…</translation>
    </message>
    <message>
        <source>Uninstall %1 from “%2” in %3?</source>
        <translation>¿Desinstalar %1 de «%2» en %3?</translation>
    </message>
    <message>
        <source>It takes effect when the cluster restarts: until then the library stays installed and is listed as “Uninstall on restart”.</source>
        <translation>Se aplica cuando se reinicia el clúster: hasta entonces, la biblioteca sigue instalada y aparece como «Desinstalar al reiniciar».</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>Desinstalar</translation>
    </message>
    <message>
        <source>Could not uninstall %1 from “%2”: %3</source>
        <translation>No se pudo desinstalar %1 de «%2»: %3</translation>
    </message>
    <message>
        <source>%1 will be uninstalled from “%2” when it restarts.</source>
        <translation>%1 se desinstalará de «%2» cuando se reinicie.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterSpecPickers</name>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>Writes the runtime&apos;s key into spark_version</source>
        <translation>Escribe la clave del runtime en spark_version</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>Tipo de nodo</translation>
    </message>
    <message>
        <source>Writes the node type into node_type_id</source>
        <translation>Escribe el tipo de nodo en node_type_id</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>R&amp;untime:</translation>
    </message>
    <message>
        <source>&amp;Node type:</source>
        <translation>Tipo de &amp;nodo:</translation>
    </message>
    <message>
        <source>Choose a runtime…</source>
        <translation>Elija un runtime…</translation>
    </message>
    <message>
        <source>Loading runtimes…</source>
        <translation>Cargando runtimes…</translation>
    </message>
    <message>
        <source>Choose a node type…</source>
        <translation>Elija un tipo de nodo…</translation>
    </message>
    <message>
        <source>Loading node types…</source>
        <translation>Cargando tipos de nodo…</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterWorkersChart</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Workers over time</source>
        <translation>Workers a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No sizing events yet.
The number of workers shows here once the cluster has started or resized.</source>
        <translation>Aún no hay eventos de tamaño.
El número de workers aparece aquí cuando el clúster se ha iniciado o redimensionado.</translation>
    </message>
    <message>
        <source>No sizing events yet.</source>
        <translation>Aún no hay eventos de tamaño.</translation>
    </message>
    <message>
        <source>%1 workers throughout the last %2; now %3</source>
        <translation>Siempre %1 workers en el último periodo de %2; ahora %3</translation>
    </message>
    <message>
        <source>Between %1 and %2 workers over the last %3; now %4</source>
        <translation>Entre %1 y %2 workers en el último periodo de %3; ahora %4</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersActions</name>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>&amp;Nuevo clúster…</translation>
    </message>
    <message>
        <source>Create a cluster from a template in the JSON editor</source>
        <translation>Crear un clúster a partir de una plantilla en el editor JSON</translation>
    </message>
    <message>
        <source>&amp;Edit Cluster…</source>
        <translation>&amp;Editar clúster…</translation>
    </message>
    <message>
        <source>Edit the cluster&apos;s configuration as JSON; the changes are shown before they are saved</source>
        <translation>Editar la configuración del clúster como JSON; los cambios se muestran antes de guardarse</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the terminated cluster with its configuration</source>
        <translation>Iniciar el clúster finalizado con su configuración</translation>
    </message>
    <message>
        <source>Res&amp;tart…</source>
        <translation>&amp;Reiniciar…</translation>
    </message>
    <message>
        <source>Restart the running cluster</source>
        <translation>Reiniciar el clúster en ejecución</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>&amp;Finalizar…</translation>
    </message>
    <message>
        <source>Stop the cluster; its configuration is kept</source>
        <translation>Detener el clúster; se conserva su configuración</translation>
    </message>
    <message>
        <source>Resi&amp;ze…</source>
        <translation>Redi&amp;mensionar…</translation>
    </message>
    <message>
        <source>Change the number of workers or the autoscale range</source>
        <translation>Cambiar el número de workers o el intervalo de escalado automático</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Anclar</translation>
    </message>
    <message>
        <source>Keep the cluster in the list after it has been terminated for 30 days</source>
        <translation>Mantener el clúster en la lista aunque lleve 30 días finalizado</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>Eliminar &amp;permanentemente…</translation>
    </message>
    <message>
        <source>Terminate the cluster and remove it with its configuration</source>
        <translation>Finalizar el clúster y eliminarlo junto con su configuración</translation>
    </message>
    <message>
        <source>Copy Cluster &amp;ID</source>
        <translation>Copiar I&amp;D del clúster</translation>
    </message>
    <message>
        <source>Copy the cluster&apos;s id to the clipboard</source>
        <translation>Copiar el id del clúster al portapapeles</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Abrir en el nave&amp;gador</translation>
    </message>
    <message>
        <source>Show the cluster in the web UI</source>
        <translation>Mostrar el clúster en la interfaz web</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>List the clusters again</source>
        <translation>Volver a listar los clústeres</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Des&amp;anclar</translation>
    </message>
    <message>
        <source>Let the cluster leave the list 30 days after it terminates</source>
        <translation>Dejar que el clúster salga de la lista 30 días después de finalizar</translation>
    </message>
    <message>
        <source>A job cluster starts with its job run; it cannot be started on its own</source>
        <translation>Un clúster de trabajo se inicia con su ejecución de trabajo; no se puede iniciar por separado</translation>
    </message>
    <message>
        <source>New Cluster in %1</source>
        <translation>Nuevo clúster en %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Created cluster “%1”; it is starting.</source>
        <translation>Se creó el clúster «%1»; se está iniciando.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>Could not read the cluster: %1</source>
        <translation>No se pudo leer el clúster: %1</translation>
    </message>
    <message>
        <source>Edit Cluster “%1” in %2</source>
        <translation>Editar el clúster «%1» en %2</translation>
    </message>
    <message>
        <source>Save and Restart</source>
        <translation>Guardar y reiniciar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>“%1” is running: saving restarts it, and notebooks and jobs running on it are interrupted.</source>
        <translation>«%1» está en ejecución: al guardar se reinicia y se interrumpen los notebooks y trabajos que se ejecutan en él.</translation>
    </message>
    <message>
        <source>Saved “%1”; it is restarting.</source>
        <translation>«%1» guardado; se está reiniciando.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«%1» guardado.</translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation>Iniciando «%1»…</translation>
    </message>
    <message>
        <source>“%1” is starting.</source>
        <translation>«%1» se está iniciando.</translation>
    </message>
    <message>
        <source>Restart cluster “%1” in %2?</source>
        <translation>¿Reiniciar el clúster «%1» en %2?</translation>
    </message>
    <message>
        <source>Notebooks and jobs running on it are interrupted and their state is lost. Libraries marked for removal are removed.</source>
        <translation>Los notebooks y trabajos que se ejecutan en él se interrumpen y se pierde su estado. Se quitan las bibliotecas marcadas para su eliminación.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Restarting “%1”…</source>
        <translation>Reiniciando «%1»…</translation>
    </message>
    <message>
        <source>“%1” is restarting.</source>
        <translation>«%1» se está reiniciando.</translation>
    </message>
    <message>
        <source>Terminate cluster “%1” in %2?</source>
        <translation>¿Finalizar el clúster «%1» en %2?</translation>
    </message>
    <message>
        <source>Everything running on it stops and the state of its notebooks is lost. Its configuration and libraries are kept: Start brings it back.</source>
        <translation>Todo lo que se ejecuta en él se detiene y se pierde el estado de sus notebooks. Se conservan su configuración y sus bibliotecas: Iniciar lo vuelve a poner en marcha.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Terminating “%1”…</source>
        <translation>Finalizando «%1»…</translation>
    </message>
    <message>
        <source>“%1” is terminating.</source>
        <translation>«%1» se está finalizando.</translation>
    </message>
    <message>
        <source>Resizing “%1”…</source>
        <translation>Redimensionando «%1»…</translation>
    </message>
    <message>
        <source>Saved the new size of “%1”.</source>
        <translation>Se guardó el nuevo tamaño de «%1».</translation>
    </message>
    <message>
        <source>Pinning “%1”…</source>
        <translation>Anclando «%1»…</translation>
    </message>
    <message>
        <source>Unpinning “%1”…</source>
        <translation>Desanclando «%1»…</translation>
    </message>
    <message>
        <source>Pinned “%1”.</source>
        <translation>«%1» anclado.</translation>
    </message>
    <message>
        <source>Unpinned “%1”.</source>
        <translation>«%1» desanclado.</translation>
    </message>
    <message>
        <source>Permanently delete cluster “%1” (%2) from %3?</source>
        <translation>¿Eliminar permanentemente el clúster «%1» (%2) de %3?</translation>
    </message>
    <message>
        <source>It is terminated if it runs, and its configuration, libraries and event history are removed. This cannot be undone; jobs and notebooks that name it will no longer find it.</source>
        <translation>Si está en ejecución, se finaliza, y se eliminan su configuración, sus bibliotecas y su historial de eventos. Esta acción no se puede deshacer; los trabajos y notebooks que lo mencionan ya no lo encontrarán.</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Eliminar permanentemente</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Eliminando «%1»…</translation>
    </message>
    <message>
        <source>Deleted cluster “%1”.</source>
        <translation>Clúster «%1» eliminado.</translation>
    </message>
    <message>
        <source>Copied cluster id %1.</source>
        <translation>Id de clúster %1 copiado.</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>No se pudo abrir %1 en un navegador.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersBrowser</name>
    <message>
        <source>&amp;Job clusters</source>
        <translation>Clústeres de &amp;trabajo</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>No clusters here yet. New Cluster creates one from a template.</source>
        <translation>Aún no hay clústeres aquí. Nuevo clúster crea uno a partir de una plantilla.</translation>
    </message>
    <message>
        <source>Cluster actions</source>
        <translation>Acciones del clúster</translation>
    </message>
    <message>
        <source>Show clusters in state</source>
        <translation>Mostrar clústeres en el estado</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Starting or changing</source>
        <translation>Iniciándose o cambiando</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Show job clusters</source>
        <translation>Mostrar clústeres de trabajo</translation>
    </message>
    <message>
        <source>Also list the clusters that job runs and pipelines created for themselves</source>
        <translation>Listar también los clústeres que las ejecuciones de trabajos y las canalizaciones crearon para sí mismas</translation>
    </message>
    <message>
        <source>Filter clusters by name</source>
        <translation>Filtrar clústeres por nombre</translation>
    </message>
    <message>
        <source>Could not list the clusters: %1</source>
        <translation>No se pudieron listar los clústeres: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>Tipo de nodo</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>Motivo de la finalización</translation>
    </message>
    <message>
        <source>%1–%2 (autoscale)</source>
        <translation>%1–%2 (escalado automático)</translation>
    </message>
    <message>
        <source>Single node</source>
        <translation>Nodo único</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Reiniciando</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>Redimensionando</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Stopped after a period of inactivity</source>
        <translation>Detenido tras un periodo de inactividad</translation>
    </message>
    <message>
        <source>Stopped after %1 minutes of inactivity</source>
        <translation>Detenido tras %1 minutos de inactividad</translation>
    </message>
    <message>
        <source>Terminated by a user</source>
        <translation>Finalizado por un usuario</translation>
    </message>
    <message>
        <source>Terminated by %1</source>
        <translation>Finalizado por %1</translation>
    </message>
    <message>
        <source>Its job run finished</source>
        <translation>Su ejecución de trabajo terminó</translation>
    </message>
    <message>
        <source>An init script failed</source>
        <translation>Falló un script de inicialización</translation>
    </message>
    <message>
        <source>%1 · pinned</source>
        <translation>%1 · anclado</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>cluster state inside a sentence</comment>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>running</source>
        <comment>cluster state inside a sentence</comment>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>restarting</source>
        <comment>cluster state inside a sentence</comment>
        <translation>reiniciándose</translation>
    </message>
    <message>
        <source>resizing</source>
        <comment>cluster state inside a sentence</comment>
        <translation>cambiando de tamaño</translation>
    </message>
    <message>
        <source>terminating</source>
        <comment>cluster state inside a sentence</comment>
        <translation>finalizándose</translation>
    </message>
    <message>
        <source>terminated</source>
        <comment>cluster state inside a sentence</comment>
        <translation>finalizado</translation>
    </message>
    <message>
        <source>in an error state</source>
        <comment>cluster state inside a sentence</comment>
        <translation>en estado de error</translation>
    </message>
    <message>
        <source>in state %1</source>
        <comment>cluster state inside a sentence</comment>
        <translation>en el estado %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersPage</name>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConflictDialog</name>
    <message>
        <source>Already exists</source>
        <translation>Ya existe</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” already exists.&lt;/b&gt;</source>
        <translation>&lt;b&gt;«%1» ya existe.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Overwriting replaces it only once the new copy is complete.</source>
        <translation>Al sobrescribir, solo se reemplaza cuando la copia nueva está completa.</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the %n other conflict(s) and any later ones</source>
        <translation>
            <numerusform>Hacer lo mismo con el %n conflicto restante y con los posteriores</numerusform>
            <numerusform>Hacer lo mismo con los %n conflictos restantes y con los posteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Do the same for any later conflicts in this transfer</source>
        <translation>Hacer lo mismo con los conflictos posteriores de esta transferencia</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Conservar ambos</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConnectionManagerDialog</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a workspace profile</source>
        <translation>Añadir un perfil de área de trabajo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Start a new profile from this one</source>
        <translation>Crear un perfil nuevo a partir de este</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this profile and its secrets</source>
        <translation>Quitar este perfil y sus credenciales</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Copy this profile into Brickdesk; its secret goes to the keychain and the file stays as it is</source>
        <translation>Copiar este perfil en Brickdesk; sus credenciales se guardan en el llavero y el archivo no se modifica</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Áreas de trabajo</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Its secret is kept in memory for this session only.</source>
        <translation>Sus credenciales se guardan en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>From the DATABRICKS_* environment variables. Used for this session only; nothing is saved.</source>
        <translation>De las variables de entorno DATABRICKS_*. Se usa solo en esta sesión; no se guarda nada.</translation>
    </message>
    <message>
        <source>From %1. Import it to edit it and keep its secret in the keychain; the file is not changed.</source>
        <translation>De %1. Impórtelo para editarlo y guardar sus credenciales en el llavero; el archivo no se modifica.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>A new workspace. Enter its URL and how to sign in, then Save.</source>
        <translation>Un área de trabajo nueva. Introduzca su URL y el modo de inicio de sesión y, a continuación, pulse Guardar.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>A copy of “%1”, not saved yet.</source>
        <translation>Una copia de «%1», aún sin guardar.</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>¿Quitar el perfil «%1»?</translation>
    </message>
    <message>
        <source>This also deletes its secrets (token, client secret, refresh token) from the system keychain. The workspace itself is not changed.</source>
        <translation>También se eliminan sus credenciales (token, secreto de cliente, token de actualización) del llavero del sistema. El área de trabajo en sí no se modifica.</translation>
    </message>
    <message>
        <source>“%1” was removed, but its secrets could not be deleted from the keychain: %2</source>
        <translation>Se quitó «%1», pero no se pudieron eliminar sus credenciales del llavero: %2</translation>
    </message>
    <message>
        <source>Not saved: no keychain is available for the secret.</source>
        <translation>No se guardó: no hay ningún llavero disponible para las credenciales.</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>No se pudieron guardar las credenciales en el llavero: %1</translation>
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
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConnectionTestView</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
</context>
<context>
    <name>brickdesk::CreateScopeDialog</name>
    <message>
        <source>A scope named “%1” already exists (names are compared without regard to case).</source>
        <translation>Ya existe un ámbito llamado «%1» (los nombres se comparan sin distinguir mayúsculas de minúsculas).</translation>
    </message>
    <message>
        <source>Only me, the creator</source>
        <translation>Solo yo, el creador</translation>
    </message>
    <message>
        <source>All workspace users (the “users” group)</source>
        <translation>Todos los usuarios del área de trabajo (el grupo «users»)</translation>
    </message>
    <message>
        <source>New Secret Scope — %1</source>
        <translation>Nuevo ámbito de secretos — %1</translation>
    </message>
    <message>
        <source>Scope name</source>
        <translation>Nombre del ámbito</translation>
    </message>
    <message>
        <source>e.g. prod-warehouse</source>
        <translation>p. ej., prod-warehouse</translation>
    </message>
    <message>
        <source>Only the creator may manage the scope</source>
        <translation>Solo el creador puede administrar el ámbito</translation>
    </message>
    <message>
        <source>All workspace users may manage the scope</source>
        <translation>Todos los usuarios del área de trabajo pueden administrar el ámbito</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Can manage:</source>
        <translation>Pueden administrarlo:</translation>
    </message>
    <message>
        <source>Letters, digits, “-”, “_”, “.” and “@”, up to 128 characters. The scope is backed by Databricks; its ACL can be changed afterwards.</source>
        <translation>Letras, dígitos, «-», «_», «.» y «@», hasta 128 caracteres. El ámbito está respaldado por Databricks; su ACL se puede cambiar después.</translation>
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
    <name>brickdesk::DbfsActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>List the selected folder again (F5)</source>
        <translation>Volver a listar la carpeta seleccionada (F5)</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nueva carpeta…</translation>
    </message>
    <message>
        <source>Create a folder in the selected folder (Ctrl+Shift+N)</source>
        <translation>Crear una carpeta en la carpeta seleccionada (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Ca&amp;mbiar nombre…</translation>
    </message>
    <message>
        <source>Rename the selected file or folder (F2)</source>
        <translation>Cambiar el nombre del archivo o la carpeta seleccionados (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected files and folders (Del)</source>
        <translation>Eliminar los archivos y carpetas seleccionados (Supr)</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copiar &amp;ruta</translation>
    </message>
    <message>
        <source>Copy the dbfs:/ path of the selection (Ctrl+Shift+C)</source>
        <translation>Copiar la ruta dbfs:/ de la selección (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Do&amp;wnload…</source>
        <translation>&amp;Descargar…</translation>
    </message>
    <message>
        <source>Download the selected files and folders to this computer</source>
        <translation>Descargar los archivos y carpetas seleccionados en este equipo</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Subir…</translation>
    </message>
    <message>
        <source>Upload files from this computer into the selected folder</source>
        <translation>Subir archivos de este equipo a la carpeta seleccionada</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Creando %1…</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2</source>
        <translation>No se pudo crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Se creó %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Move “%1” into “%2” in workspace “%3”?</source>
        <translation>¿Mover «%1» a «%2» en el área de trabajo «%3»?</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items into “%1” in workspace “%2”?</source>
        <translation>
            <numerusform>¿Mover %n elemento a «%1» en el área de trabajo «%2»?</numerusform>
            <numerusform>¿Mover %n elementos a «%1» en el área de trabajo «%2»?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation>Moviendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n items…</source>
        <translation>
            <numerusform>Moviendo %n elemento…</numerusform>
            <numerusform>Moviendo %n elementos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not move %1</source>
        <translation>No se pudo mover %1</translation>
    </message>
    <message>
        <source>Could not delete everything: %1</source>
        <translation>No se pudo eliminar todo: %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Se eliminó %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n items</source>
        <translation>
            <numerusform>Se eliminó %n elemento</numerusform>
            <numerusform>Se eliminaron %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Se copió %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n paths</source>
        <translation>
            <numerusform>Se copió %n ruta</numerusform>
            <numerusform>Se copiaron %n rutas</numerusform>
        </translation>
    </message>
    <message>
        <source>Download to Folder</source>
        <translation>Descargar en la carpeta</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>Subir a %1</translation>
    </message>
    <message>
        <source>Uploads are not available here.</source>
        <translation>Aquí no se pueden subir archivos.</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDelete</name>
    <message>
        <source>The deletion was cancelled.</source>
        <translation>Se canceló la eliminación.</translation>
    </message>
    <message>
        <source>The workspace was disconnected.</source>
        <translation>Se desconectó el área de trabajo.</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDeleter</name>
    <message>
        <source>Counting the files to delete…</source>
        <translation>Contando los archivos que se van a eliminar…</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” from workspace “%2”?</source>
        <translation>¿Eliminar «%1» del área de trabajo «%2»?</translation>
    </message>
    <message>
        <source>Delete “%1” and everything in it from workspace “%2”?</source>
        <translation>¿Eliminar «%1» y todo su contenido del área de trabajo «%2»?</translation>
    </message>
    <message>
        <source>Delete the folder “%1” from workspace “%2”? There are no files in it.</source>
        <translation>¿Eliminar la carpeta «%1» del área de trabajo «%2»? No contiene archivos.</translation>
    </message>
    <message>
        <source>Delete “%1” and everything in it (%2) from workspace “%3”?</source>
        <translation>¿Eliminar «%1» y todo su contenido (%2) del área de trabajo «%3»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items from workspace “%1”?</source>
        <translation>
            <numerusform>¿Eliminar %n elemento del área de trabajo «%1»?</numerusform>
            <numerusform>¿Eliminar %n elementos del área de trabajo «%1»?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items and everything in them from workspace “%1”?</source>
        <translation>
            <numerusform>¿Eliminar %n elemento y todo su contenido del área de trabajo «%1»?</numerusform>
            <numerusform>¿Eliminar %n elementos y todo su contenido del área de trabajo «%1»?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items and everything in them (%1 in folders) from workspace “%2”?</source>
        <translation>
            <numerusform>¿Eliminar %n elemento y todo su contenido (%1 en carpetas) del área de trabajo «%2»?</numerusform>
            <numerusform>¿Eliminar %n elementos y todo su contenido (%1 en carpetas) del área de trabajo «%2»?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting %1… %2 files deleted so far</source>
        <translation>Eliminando %1… %2 archivos eliminados hasta ahora</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Eliminando %1…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDownloadPlanner</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is not connected</source>
        <translation>El área de trabajo no está conectada</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>Listando %1…</translation>
    </message>
    <message>
        <source>Could not list %1: %2</source>
        <translation>No se pudo listar %1: %2</translation>
    </message>
    <message>
        <source>Preparing local folders…</source>
        <translation>Preparando las carpetas locales…</translation>
    </message>
    <message>
        <source>Could not create the local folder %1</source>
        <translation>No se pudo crear la carpeta local %1</translation>
    </message>
    <message>
        <source>A folder exists at %1; it cannot be replaced by a file</source>
        <translation>Ya hay una carpeta en %1; no se puede reemplazar por un archivo</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for an answer about %n existing file(s)…</source>
        <translation>
            <numerusform>Esperando una respuesta sobre %n archivo existente…</numerusform>
            <numerusform>Esperando una respuesta sobre %n archivos existentes…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>The transfer queue is gone</source>
        <translation>La cola de transferencias ya no existe</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDownloadTransfer</name>
    <message>
        <source>The workspace is not connected</source>
        <translation>El área de trabajo no está conectada</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 ya no existe</translation>
    </message>
    <message>
        <source>The server sent an invalid answer for %1</source>
        <translation>El servidor envió una respuesta no válida para %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>No se pudo descargar %1: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsMove</name>
    <message>
        <source>The workspace is not connected</source>
        <translation>El área de trabajo no está conectada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsNameDialog</name>
    <message>
        <source>Enter a different name.</source>
        <translation>Introduzca otro nombre.</translation>
    </message>
    <message>
        <source>This folder already has something named “%1”.</source>
        <translation>Esta carpeta ya contiene un elemento llamado «%1».</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsPage</name>
    <message>
        <source>DBFS</source>
        <translation>DBFS</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsUploadPlanner</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not exist</source>
        <translation>No existe</translation>
    </message>
    <message>
        <source>The workspace is not connected</source>
        <translation>El área de trabajo no está conectada</translation>
    </message>
    <message>
        <source>Looking at the local files…</source>
        <translation>Examinando los archivos locales…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Could not look at %1: %2</source>
        <translation>No se pudo examinar %1: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>A file exists at %1 where a folder should be</source>
        <translation>Hay un archivo en %1 donde debería haber una carpeta</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>A folder exists at %1; it cannot be replaced by a file</source>
        <translation>Ya hay una carpeta en %1; no se puede reemplazar por un archivo</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for an answer about %n existing file(s)…</source>
        <translation>
            <numerusform>Esperando una respuesta sobre %n archivo existente…</numerusform>
            <numerusform>Esperando una respuesta sobre %n archivos existentes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating folders…</source>
        <translation>Creando carpetas…</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>The transfer queue is gone</source>
        <translation>La cola de transferencias ya no existe</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsUploadTransfer</name>
    <message>
        <source>The workspace is not connected</source>
        <translation>El área de trabajo no está conectada</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>The upload stream expired; sending the file again</source>
        <translation>La secuencia de subida caducó; se vuelve a enviar el archivo</translation>
    </message>
    <message>
        <source>The connection was interrupted; sending the file again</source>
        <translation>Se interrumpió la conexión; se vuelve a enviar el archivo</translation>
    </message>
    <message>
        <source>%1 was created by someone else during the upload</source>
        <translation>Otra persona creó %1 durante la subida</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>The upload stream of %1 expired</source>
        <translation>La secuencia de subida de %1 caducó</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <translation>No se pudo subir %1: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsView</name>
    <message>
        <source>DBFS</source>
        <translation>DBFS</translation>
    </message>
    <message>
        <source>Nothing loaded matches “%1”.</source>
        <translation>Nada de lo cargado coincide con «%1».</translation>
    </message>
    <message>
        <source>DBFS is empty. Drop files here to upload them.</source>
        <translation>DBFS está vacío. Suelte archivos aquí para subirlos.</translation>
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
    <name>brickdesk::ExportDialog</name>
    <message>
        <source>Source file</source>
        <translation>Archivo de código fuente</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Página HTML</translation>
    </message>
    <message>
        <source>Jupyter notebook</source>
        <translation>Notebook de Jupyter</translation>
    </message>
    <message>
        <source>DBC archive</source>
        <translation>Archivo DBC</translation>
    </message>
    <message>
        <source>R Markdown</source>
        <translation>R Markdown</translation>
    </message>
    <message>
        <source>As stored</source>
        <translation>Tal como está almacenado</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Exportar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Objects</source>
        <translation>
            <numerusform>Exportar %n objeto</numerusform>
            <numerusform>Exportar %n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Source files (folders as local folders)</source>
        <translation>Archivos de código &amp;fuente (carpetas como carpetas locales)</translation>
    </message>
    <message>
        <source>Folder of &amp;source files</source>
        <translation>Carpeta de archivos de código &amp;fuente</translation>
    </message>
    <message>
        <source>Notebooks as .py, .scala, .sql and .r files and workspace files as they are: importing the folder again recreates it.</source>
        <translation>Los notebooks como archivos .py, .scala, .sql y .r, y los archivos del área de trabajo tal como están: al volver a importar la carpeta, se recrea.</translation>
    </message>
    <message>
        <source>&amp;DBC archives (one per object)</source>
        <translation>Archivos &amp;DBC (uno por objeto)</translation>
    </message>
    <message>
        <source>One &amp;DBC archive</source>
        <translation>Un solo archivo &amp;DBC</translation>
    </message>
    <message>
        <source>A Databricks archive holds notebooks only; workspace files are left out.</source>
        <translation>Un archivo de Databricks solo contiene notebooks; los archivos del área de trabajo se omiten.</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>Exportar como:</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>&amp;En la carpeta:</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>Exportar como</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>Give the full path of the file to write.</source>
        <translation>Indique la ruta completa del archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>Choose the local folder to export into.</source>
        <translation>Elija la carpeta local a la que se exportará.</translation>
    </message>
    <message>
        <source>Writes %1.</source>
        <translation>Escribe %1.</translation>
    </message>
    <message>
        <source>Creates %1 with the folder’s notebooks as source files and its workspace files as they are.</source>
        <translation>Crea %1 con los notebooks de la carpeta como archivos de código fuente y sus archivos del área de trabajo tal como están.</translation>
    </message>
    <message numerus="yes">
        <source>Writes %n object(s) into %1.</source>
        <translation>
            <numerusform>Escribe %n objeto en %1.</numerusform>
            <numerusform>Escribe %n objetos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::FilterBox</name>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Filtrar por nombre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Borrar filtro</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
</context>
<context>
    <name>brickdesk::GrantPermissionsDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>Aún no se ha elegido a nadie</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Conceder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Grant Permission — %1</source>
        <translation>Conceder permiso — %1</translation>
    </message>
    <message numerus="yes">
        <source>Grant a permission on %n objects</source>
        <translation>
            <numerusform>Conceder un permiso en %n objeto</numerusform>
            <numerusform>Conceder un permiso en %n objetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give one principal the same permission on %n objects in %1. Whoever already has that level or a stronger one keeps it.</source>
        <translation>
            <numerusform>Dar a una entidad de seguridad el mismo permiso en %n objeto de %1. Quien ya tenga ese nivel o uno superior lo conserva.</numerusform>
            <numerusform>Dar a una entidad de seguridad el mismo permiso en %n objetos de %1. Quien ya tenga ese nivel o uno superior lo conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objects and results</source>
        <translation>Objetos y resultados</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Aún no enviado</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Entidad de seguridad</translation>
    </message>
    <message>
        <source>Choose the principal</source>
        <translation>Elegir la entidad de seguridad</translation>
    </message>
    <message>
        <source>Permission to grant</source>
        <translation>Permiso que conceder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Conceder</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>Entidad de seguridad:</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Permiso:</translation>
    </message>
    <message>
        <source>These objects have no permission level in common; grant on fewer kinds of object at once.</source>
        <translation>Estos objetos no tienen ningún nivel de permiso en común; conceda el permiso a menos tipos de objeto a la vez.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Granting…</source>
        <translation>Concediendo…</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Is the owner; kept</source>
        <translation>Es el propietario; se conserva</translation>
    </message>
    <message>
        <source>Already has %1; kept</source>
        <translation>Ya tiene %1; se conserva</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message numerus="yes">
        <source>Done on all %n objects.</source>
        <translation>
            <numerusform>Hecho en %n objeto.</numerusform>
            <numerusform>Hecho en los %n objetos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done on %1 of %2 objects; %n failed, as each row says.</source>
        <translation>
            <numerusform>Hecho en %1 de %2 objetos; %n falló, como indica cada fila.</numerusform>
            <numerusform>Hecho en %1 de %2 objetos; %n fallaron, como indica cada fila.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ImportDialog</name>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>DBC archive</source>
        <translation>Archivo DBC</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <source>Jupyter</source>
        <translation>Jupyter</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Archivo del área de trabajo</translation>
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
    <message>
        <source>Add &amp;Files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import into Workspace</source>
        <translation>Importar al área de trabajo</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>/Users/me/project</source>
        <translation>/Users/me/project</translation>
    </message>
    <message>
        <source>Items to import</source>
        <translation>Elementos que se van a importar</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Archivo local</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lenguaje</translation>
    </message>
    <message>
        <source>When an object already exists</source>
        <translation>Cuando un objeto ya existe</translation>
    </message>
    <message>
        <source>&amp;Ask for each</source>
        <translation>&amp;Preguntar en cada caso</translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation>&amp;Omitirlo</translation>
    </message>
    <message>
        <source>O&amp;verwrite it</source>
        <translation>&amp;Sobrescribirlo</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>Importar &amp;en:</translation>
    </message>
    <message>
        <source>Add files or folders to import, or drop them on a folder of the workspace.</source>
        <translation>Añada archivos o carpetas para importar, o suéltelos en una carpeta del área de trabajo.</translation>
    </message>
    <message>
        <source>Choose a workspace folder to import into, such as /Users/me.</source>
        <translation>Elija una carpeta del área de trabajo a la que importar, por ejemplo, /Users/me.</translation>
    </message>
    <message numerus="yes">
        <source>Looking at %n local item(s)…</source>
        <translation>
            <numerusform>Examinando %n elemento local…</numerusform>
            <numerusform>Examinando %n elementos locales…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s)</source>
        <translation>
            <numerusform>%n notebook</numerusform>
            <numerusform>%n notebooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DBC archive(s)</source>
        <translation>
            <numerusform>%n archivo DBC</numerusform>
            <numerusform>%n archivos DBC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n carpeta</numerusform>
            <numerusform>%n carpetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <source>%1 (%2) into %3</source>
        <translation>%1 (%2) en %3</translation>
    </message>
    <message numerus="yes">
        <source>Cannot read %n item(s), they will be reported as failed: %1</source>
        <translation>
            <numerusform>No se puede leer %n elemento; se notificará como fallido: %1</numerusform>
            <numerusform>No se pueden leer %n elementos; se notificarán como fallidos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Files to Import</source>
        <translation>Añadir archivos para importar</translation>
    </message>
    <message>
        <source>Add a Folder to Import</source>
        <translation>Añadir una carpeta para importar</translation>
    </message>
    <message>
        <source>In the workspace</source>
        <translation>En el área de trabajo</translation>
    </message>
</context>
<context>
    <name>brickdesk::InstallLibraryDialog</name>
    <message>
        <source>Install Library — %1</source>
        <translation>Instalar biblioteca — %1</translation>
    </message>
    <message>
        <source>Install a library on %1</source>
        <translation>Instalar una biblioteca en %1</translation>
    </message>
    <message>
        <source>Library kind</source>
        <translation>Tipo de biblioteca</translation>
    </message>
    <message>
        <source>PyPI</source>
        <translation>PyPI</translation>
    </message>
    <message>
        <source>Maven</source>
        <translation>Maven</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Wheel</translation>
    </message>
    <message>
        <source>JAR</source>
        <translation>JAR</translation>
    </message>
    <message>
        <source>Requirements file</source>
        <translation>Archivo de requisitos</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Instalar</translation>
    </message>
    <message>
        <source>Install the library</source>
        <translation>Instalar la biblioteca</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paquete:</translation>
    </message>
    <message>
        <source>pandas==2.2.2</source>
        <translation>pandas==2.2.2</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Index &amp;URL:</source>
        <translation>&amp;URL del índice:</translation>
    </message>
    <message>
        <source>Optional, e.g. https://pypi.example.com/simple</source>
        <translation>Opcional, p. ej., https://pypi.example.com/simple</translation>
    </message>
    <message>
        <source>PyPI index URL</source>
        <translation>URL del índice de PyPI</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>&amp;Coordenadas:</translation>
    </message>
    <message>
        <source>com.databricks:spark-xml_2.12:0.18.0</source>
        <translation>com.databricks:spark-xml_2.12:0.18.0</translation>
    </message>
    <message>
        <source>Maven coordinates</source>
        <translation>Coordenadas de Maven</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repositorio:</translation>
    </message>
    <message>
        <source>Optional, e.g. https://repo.example.com/maven</source>
        <translation>Opcional, p. ej., https://repo.example.com/maven</translation>
    </message>
    <message>
        <source>Maven repository URL</source>
        <translation>URL del repositorio de Maven</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <source>/Workspace/Shared/wheels/package-1.0-py3-none-any.whl</source>
        <translation>/Workspace/Shared/wheels/package-1.0-py3-none-any.whl</translation>
    </message>
    <message>
        <source>Path of the wheel</source>
        <translation>Ruta del archivo wheel</translation>
    </message>
    <message>
        <source>/Volumes/main/default/libs/udfs.jar</source>
        <translation>/Volumes/main/default/libs/udfs.jar</translation>
    </message>
    <message>
        <source>Path of the JAR</source>
        <translation>Ruta del archivo JAR</translation>
    </message>
    <message>
        <source>/Workspace/Shared/requirements.txt</source>
        <translation>/Workspace/Shared/requirements.txt</translation>
    </message>
    <message>
        <source>Path of the requirements file</source>
        <translation>Ruta del archivo de requisitos</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <source>The library was not installed: %1</source>
        <translation>No se instaló la biblioteca: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobPane</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Load More Runs</source>
        <translation>Cargar más ejecuciones</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Detalles del trabajo</translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation>Tarea seleccionada</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>This job has not run yet.</source>
        <translation>Este trabajo aún no se ha ejecutado.</translation>
    </message>
    <message>
        <source>Load more runs</source>
        <translation>Cargar más ejecuciones</translation>
    </message>
    <message>
        <source>Job settings</source>
        <translation>Configuración del trabajo</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>Ningún trabajo seleccionado</translation>
    </message>
    <message>
        <source>Select a job to see its tasks, runs and settings.</source>
        <translation>Seleccione un trabajo para ver sus tareas, ejecuciones y configuración.</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Trabajo %1</translation>
    </message>
    <message>
        <source>runs as %1</source>
        <translation>se ejecuta como %1</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>creado por %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a task to see what it runs and when.</source>
        <translation>Seleccione una tarea para ver qué ejecuta y cuándo.</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Ejecuta: %1</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>En: %1</translation>
    </message>
    <message>
        <source>Starts first</source>
        <translation>Se inicia primero</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Después de: %1</translation>
    </message>
    <message>
        <source>Runs if: %1</source>
        <translation>Se ejecuta si: %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsActions</name>
    <message>
        <source>&amp;New Job…</source>
        <translation>&amp;Nuevo trabajo…</translation>
    </message>
    <message>
        <source>Create a job from a template in the JSON editor</source>
        <translation>Crear un trabajo a partir de una plantilla en el editor JSON</translation>
    </message>
    <message>
        <source>&amp;Edit Job…</source>
        <translation>&amp;Editar trabajo…</translation>
    </message>
    <message>
        <source>Edit the job&apos;s settings as JSON; the changes are shown before they are saved</source>
        <translation>Editar la configuración del trabajo como JSON; los cambios se muestran antes de guardarse</translation>
    </message>
    <message>
        <source>&amp;Delete Job…</source>
        <translation>E&amp;liminar trabajo…</translation>
    </message>
    <message>
        <source>Delete the job and its run history</source>
        <translation>Eliminar el trabajo y su historial de ejecuciones</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>Ejecutar a&amp;hora</translation>
    </message>
    <message>
        <source>Start a run with the job&apos;s own settings</source>
        <translation>Iniciar una ejecución con la configuración propia del trabajo</translation>
    </message>
    <message>
        <source>Run Now &amp;With Different Settings…</source>
        <translation>Ejecutar ahora con &amp;otra configuración…</translation>
    </message>
    <message>
        <source>Start a run with other parameters or only some tasks</source>
        <translation>Iniciar una ejecución con otros parámetros o solo algunas tareas</translation>
    </message>
    <message>
        <source>&amp;Pause Schedule</source>
        <translation>&amp;Pausar programación</translation>
    </message>
    <message>
        <source>Stop the schedule or trigger from starting runs</source>
        <translation>Impedir que la programación o el desencadenador inicien ejecuciones</translation>
    </message>
    <message>
        <source>Copy Job &amp;ID</source>
        <translation>Copiar &amp;ID del trabajo</translation>
    </message>
    <message>
        <source>Copy the job&apos;s id to the clipboard</source>
        <translation>Copiar el id del trabajo al portapapeles</translation>
    </message>
    <message>
        <source>Open Job in &amp;Browser</source>
        <translation>Abrir trabajo en el &amp;navegador</translation>
    </message>
    <message>
        <source>Show the job in the web UI</source>
        <translation>Mostrar el trabajo en la interfaz web</translation>
    </message>
    <message>
        <source>&amp;Cancel Run…</source>
        <translation>&amp;Cancelar ejecución…</translation>
    </message>
    <message>
        <source>Cancel the selected run</source>
        <translation>Cancelar la ejecución seleccionada</translation>
    </message>
    <message>
        <source>Cancel &amp;All Runs…</source>
        <translation>Cancelar &amp;todas las ejecuciones…</translation>
    </message>
    <message>
        <source>Cancel every active and queued run of the job</source>
        <translation>Cancelar todas las ejecuciones activas y en cola del trabajo</translation>
    </message>
    <message>
        <source>Re&amp;pair Run…</source>
        <translation>&amp;Reparar ejecución…</translation>
    </message>
    <message>
        <source>Run the failed tasks of the selected run again</source>
        <translation>Volver a ejecutar las tareas fallidas de la ejecución seleccionada</translation>
    </message>
    <message>
        <source>Delete R&amp;un…</source>
        <translation>Eliminar ej&amp;ecución…</translation>
    </message>
    <message>
        <source>Delete the selected run from the history</source>
        <translation>Eliminar la ejecución seleccionada del historial</translation>
    </message>
    <message>
        <source>Open Run in Bro&amp;wser</source>
        <translation>Abrir ejecución en el nave&amp;gador</translation>
    </message>
    <message>
        <source>Show the selected run in the web UI</source>
        <translation>Mostrar la ejecución seleccionada en la interfaz web</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>List the jobs and the selected job&apos;s runs again</source>
        <translation>Volver a listar los trabajos y las ejecuciones del trabajo seleccionado</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Trabajo %1</translation>
    </message>
    <message>
        <source>Resume Sched&amp;ule</source>
        <translation>Reanudar progra&amp;mación</translation>
    </message>
    <message>
        <source>Let the schedule or trigger start runs again</source>
        <translation>Permitir que la programación o el desencadenador vuelvan a iniciar ejecuciones</translation>
    </message>
    <message>
        <source>New Job in %1</source>
        <translation>Nuevo trabajo en %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Created job “%1”.</source>
        <translation>Trabajo «%1» creado.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>Could not read the job: %1</source>
        <translation>No se pudo leer el trabajo: %1</translation>
    </message>
    <message>
        <source>Edit Job “%1” in %2</source>
        <translation>Editar el trabajo «%1» en %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved job “%1”.</source>
        <translation>Trabajo «%1» guardado.</translation>
    </message>
    <message>
        <source>Delete job “%1” (%2) from %3?</source>
        <translation>¿Eliminar el trabajo «%1» (%2) de %3?</translation>
    </message>
    <message>
        <source>Its schedule stops and its run history goes with it. Active runs are cancelled. This cannot be undone.</source>
        <translation>Su programación se detiene y su historial de ejecuciones se elimina con él. Las ejecuciones activas se cancelan. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>Eliminar trabajo</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Eliminando «%1»…</translation>
    </message>
    <message>
        <source>Could not delete the job: %1</source>
        <translation>No se pudo eliminar el trabajo: %1</translation>
    </message>
    <message>
        <source>Deleted job “%1”.</source>
        <translation>Trabajo «%1» eliminado.</translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation>Iniciando «%1»…</translation>
    </message>
    <message>
        <source>Could not start the job: %1</source>
        <translation>No se pudo iniciar el trabajo: %1</translation>
    </message>
    <message>
        <source>Started run %1 of “%2”.</source>
        <translation>Se inició la ejecución %1 de «%2».</translation>
    </message>
    <message>
        <source>Resuming “%1”…</source>
        <translation>Reanudando «%1»…</translation>
    </message>
    <message>
        <source>Pausing “%1”…</source>
        <translation>Pausando «%1»…</translation>
    </message>
    <message>
        <source>Could not change the schedule: %1</source>
        <translation>No se pudo cambiar la programación: %1</translation>
    </message>
    <message>
        <source>Resumed “%1”.</source>
        <translation>«%1» reanudado.</translation>
    </message>
    <message>
        <source>Paused “%1”.</source>
        <translation>«%1» en pausa.</translation>
    </message>
    <message>
        <source>Copied job id %1.</source>
        <translation>Id de trabajo %1 copiado.</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>No se pudo abrir %1 en un navegador.</translation>
    </message>
    <message>
        <source>Cancel run %1 of “%2” in %3?</source>
        <translation>¿Cancelar la ejecución %1 de «%2» en %3?</translation>
    </message>
    <message>
        <source>Its running tasks are stopped and the tasks after them are skipped.</source>
        <translation>Sus tareas en curso se detienen y las tareas posteriores se omiten.</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Cancelar ejecución</translation>
    </message>
    <message>
        <source>Cancelling run %1…</source>
        <translation>Cancelando la ejecución %1…</translation>
    </message>
    <message>
        <source>Could not cancel the run: %1</source>
        <translation>No se pudo cancelar la ejecución: %1</translation>
    </message>
    <message>
        <source>Cancelling run %1.</source>
        <translation>Cancelando la ejecución %1.</translation>
    </message>
    <message>
        <source>Cancel every run of “%1” in %2?</source>
        <translation>¿Cancelar todas las ejecuciones de «%1» en %2?</translation>
    </message>
    <message>
        <source>All its active and queued runs are cancelled. New runs can still start, from the schedule or from another job.</source>
        <translation>Se cancelan todas sus ejecuciones activas y en cola. Aún pueden iniciarse ejecuciones nuevas, desde la programación o desde otro trabajo.</translation>
    </message>
    <message>
        <source>Cancel All Runs</source>
        <translation>Cancelar todas las ejecuciones</translation>
    </message>
    <message>
        <source>Cancelling the runs of “%1”…</source>
        <translation>Cancelando las ejecuciones de «%1»…</translation>
    </message>
    <message>
        <source>Could not cancel the runs: %1</source>
        <translation>No se pudieron cancelar las ejecuciones: %1</translation>
    </message>
    <message>
        <source>Cancelling every run of “%1”.</source>
        <translation>Cancelando todas las ejecuciones de «%1».</translation>
    </message>
    <message>
        <source>Delete run %1 of “%2” from %3?</source>
        <translation>¿Eliminar la ejecución %1 de «%2» de %3?</translation>
    </message>
    <message>
        <source>The run, its output and its logs go from the history. This cannot be undone.</source>
        <translation>La ejecución, su salida y sus registros desaparecen del historial. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <source>Deleting run %1…</source>
        <translation>Eliminando la ejecución %1…</translation>
    </message>
    <message>
        <source>Could not delete the run: %1</source>
        <translation>No se pudo eliminar la ejecución: %1</translation>
    </message>
    <message>
        <source>Deleted run %1.</source>
        <translation>Ejecución %1 eliminada.</translation>
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation>Leyendo la ejecución %1…</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>No se pudo leer la ejecución: %1</translation>
    </message>
    <message>
        <source>Repairing run %1.</source>
        <translation>Reparando la ejecución %1.</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsBrowser</name>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>No jobs in this workspace yet. New Job creates one from a template.</source>
        <translation>Aún no hay trabajos en este espacio de trabajo. Nuevo trabajo crea uno a partir de una plantilla.</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>Acciones del trabajo</translation>
    </message>
    <message>
        <source>Filter jobs by name</source>
        <translation>Filtrar trabajos por nombre</translation>
    </message>
    <message>
        <source>Could not list the jobs: %1</source>
        <translation>No se pudieron listar los trabajos: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Trabajo %1</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenador</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nunca ejecutado</translation>
    </message>
    <message>
        <source>Run %1 started %2
%3</source>
        <translation>Ejecución %1 iniciada %2
%3</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 durante %2</translation>
    </message>
    <message>
        <source>%1 · %2 ago</source>
        <translation>%1 · hace %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsPage</name>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
</context>
<context>
    <name>brickdesk::JsonDiffView</name>
    <message>
        <source>Summary of changes</source>
        <translation>Resumen de cambios</translation>
    </message>
    <message>
        <source>Changed lines</source>
        <translation>Líneas cambiadas</translation>
    </message>
    <message>
        <source>These changes will be sent: %1</source>
        <translation>Se enviarán estos cambios: %1</translation>
    </message>
    <message>
        <source>@@ line %1 @@</source>
        <translation>@@ línea %1 @@</translation>
    </message>
</context>
<context>
    <name>brickdesk::JsonPayloadDialog</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatear</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>&amp;Volver a editar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Empezar desde una plantilla</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Empezar desde una plantilla…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Payload editor</source>
        <translation>Editor de carga</translation>
    </message>
    <message>
        <source>Review of the changes</source>
        <translation>Revisión de los cambios</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatear</translation>
    </message>
    <message>
        <source>Indent the JSON, keeping its key order (Ctrl+Shift+F)</source>
        <translation>Sangrar el JSON, manteniendo el orden de las claves (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Volver a editar</translation>
    </message>
    <message>
        <source>Check the payload and send it (Ctrl+Return)</source>
        <translation>Comprobar la carga y enviarla (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>Confirmar y enviar</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Nothing changed: the payload is the same as on the server.</source>
        <translation>No ha cambiado nada: la carga es la misma que en el servidor.</translation>
    </message>
    <message>
        <source>The server refused the payload: %1</source>
        <translation>El servidor rechazó la carga: %1</translation>
    </message>
    <message>
        <source>Discard your changes to this payload?</source>
        <translation>¿Descartar los cambios en esta carga?</translation>
    </message>
    <message>
        <source>What you typed is lost; nothing was sent.</source>
        <translation>Lo que escribió se pierde; no se envió nada.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Replace your changes with the template “%1”?</source>
        <translation>¿Reemplazar los cambios con la plantilla «%1»?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
</context>
<context>
    <name>brickdesk::JsonPayloadEditor</name>
    <message>
        <source>Payload JSON</source>
        <translation>JSON de la carga</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Payload status</source>
        <translation>Estado de la carga</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>Line %1, column %2 — %3</source>
        <translation>Línea %1, columna %2 — %3</translation>
    </message>
</context>
<context>
    <name>brickdesk::KeyDetailsPanel</name>
    <message>
        <source>Reference to use in job, cluster and pipeline settings</source>
        <translation>Referencia para usar en la configuración de trabajos, clústeres y canalizaciones</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizado:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>The value is never shown here. Use Copy Value to put it on the clipboard for 30 seconds.</source>
        <translation>El valor nunca se muestra aquí. Use Copiar valor para ponerlo en el portapapeles durante 30 segundos.</translation>
    </message>
    <message>
        <source>%1 (Azure Key Vault, read-only here)</source>
        <translation>%1 (Azure Key Vault, aquí de solo lectura)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (hace %2)</translation>
    </message>
    <message numerus="yes">
        <source>Not updated for more than %n day(s): consider rotating it.</source>
        <translation>
            <numerusform>No se ha actualizado desde hace más de %n día: considere rotarlo.</numerusform>
            <numerusform>No se ha actualizado desde hace más de %n días: considere rotarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
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
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>The workspace named by the DATABRICKS_* environment variables cannot be opened: %1</source>
        <translation>No se puede abrir el área de trabajo indicada por las variables de entorno DATABRICKS_*: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::LazyTreeModel</name>
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
        <source>Load more…</source>
        <translation>Cargar más…</translation>
    </message>
    <message>
        <source>Could not load more: %1
Activate to try again.</source>
        <translation>No se pudieron cargar más: %1
Actívelo para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Activate to list the next entries.</source>
        <translation>Actívelo para listar las siguientes entradas.</translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>No está conectado a ningún área de trabajo.</translation>
    </message>
</context>
<context>
    <name>brickdesk::LazyTreeView</name>
    <message>
        <source>Nothing loaded matches “%1”.
Open more folders to search them too.</source>
        <translation>Nada de lo cargado coincide con «%1».
Abra más carpetas para buscar también en ellas.</translation>
    </message>
</context>
<context>
    <name>brickdesk::LibraryStatusModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>Resolviendo</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Instalando</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Uninstall on restart</source>
        <translation>Desinstalar al reiniciar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>brickdesk::LoopbackReceiver</name>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>Brickdesk could not sign you in. Return to Brickdesk for details.</source>
        <translation>Brickdesk no pudo iniciar su sesión. Vuelva a Brickdesk para ver los detalles.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You can close this tab and return to Brickdesk.</source>
        <translation>Puede cerrar esta pestaña y volver a Brickdesk.</translation>
    </message>
</context>
<context>
    <name>brickdesk::MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Secciones</translation>
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
        <source>Brickdesk</source>
        <translation>Brickdesk</translation>
    </message>
    <message>
        <source>%1 — Brickdesk</source>
        <translation>%1 — Brickdesk</translation>
    </message>
    <message>
        <source>Open workspaces</source>
        <translation>Áreas de trabajo abiertas</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Abrir área de trabajo…</translation>
    </message>
    <message>
        <source>Open another workspace (Ctrl+O)</source>
        <translation>Abrir otra área de trabajo (Ctrl+O)</translation>
    </message>
    <message>
        <source>Not connected to a workspace</source>
        <translation>No está conectado a ningún área de trabajo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open one of your workspaces: Brickdesk finds the profiles in &lt;code&gt;~/.databrickscfg&lt;/code&gt;, or you add one with its URL and a token or OAuth sign-in.&lt;/p&gt;&lt;p&gt;To look around without an account, open the demo workspace with sample notebooks, folders and jobs (also &lt;code&gt;brickdesk --demo&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Brickdesk also connects to the workspace named by the &lt;code&gt;DATABRICKS_HOST&lt;/code&gt; and &lt;code&gt;DATABRICKS_TOKEN&lt;/code&gt; environment variables.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abra una de sus áreas de trabajo: Brickdesk encuentra los perfiles en &lt;code&gt;~/.databrickscfg&lt;/code&gt;, o puede añadir una con su URL y un token o inicio de sesión con OAuth.&lt;/p&gt;&lt;p&gt;Para echar un vistazo sin una cuenta, abra el área de trabajo de demostración con notebooks, carpetas y trabajos de ejemplo (también &lt;code&gt;brickdesk --demo&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Brickdesk también se conecta al área de trabajo indicada por las variables de entorno &lt;code&gt;DATABRICKS_HOST&lt;/code&gt; y &lt;code&gt;DATABRICKS_TOKEN&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation>Abrir el área de trabajo de demostración</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir área de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Cerrar área de trabajo</translation>
    </message>
    <message>
        <source>&amp;Next Workspace</source>
        <translation>Área de trabajo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Workspace</source>
        <translation>Área de trabajo an&amp;terior</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>&amp;Transfers Panel</source>
        <translation>Panel de &amp;transferencias</translation>
    </message>
    <message numerus="yes">
        <source>Close workspace “%1” and cancel its %n unfinished transfer(s)?</source>
        <translation>
            <numerusform>¿Cerrar el área de trabajo «%1» y cancelar su %n transferencia sin terminar?</numerusform>
            <numerusform>¿Cerrar el área de trabajo «%1» y cancelar sus %n transferencias sin terminar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing half-written is kept: cancelled uploads and downloads are removed, and files they were replacing stay as they were.</source>
        <translation>No se conserva nada a medio escribir: las subidas y descargas canceladas se eliminan y los archivos que iban a reemplazar se quedan como estaban.</translation>
    </message>
    <message>
        <source>Close Workspace</source>
        <translation>Cerrar área de trabajo</translation>
    </message>
    <message numerus="yes">
        <source>Quit and cancel %n unfinished transfer(s)?</source>
        <translation>
            <numerusform>¿Salir y cancelar %n transferencia sin terminar?</numerusform>
            <numerusform>¿Salir y cancelar %n transferencias sin terminar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>brickdesk::NameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Introduzca un nombre.</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <translation>Un nombre no puede contener «/».</translation>
    </message>
    <message>
        <source>“%1” cannot be a name.</source>
        <translation>«%1» no puede ser un nombre.</translation>
    </message>
</context>
<context>
    <name>brickdesk::NewFolderDialog</name>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>Nombre de la carpeta</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>This folder already has an object named “%1”.</source>
        <translation>Esta carpeta ya contiene un objeto llamado «%1».</translation>
    </message>
</context>
<context>
    <name>brickdesk::NoDelayHttpReply</name>
    <message>
        <source>The server sent a header line that is too long.</source>
        <translation>El servidor envió una línea de cabecera demasiado larga.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP.</source>
        <translation>La respuesta del servidor no es HTTP.</translation>
    </message>
    <message>
        <source>The server sent a malformed header.</source>
        <translation>El servidor envió una cabecera mal formada.</translation>
    </message>
    <message>
        <source>The server sent a malformed chunk.</source>
        <translation>El servidor envió un fragmento mal formado.</translation>
    </message>
    <message>
        <source>The server sent a malformed Content-Length.</source>
        <translation>El servidor envió un Content-Length mal formado.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>El servidor cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Operación cancelada</translation>
    </message>
</context>
<context>
    <name>brickdesk::NotebookPreview</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>modificado %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objects selected.</source>
        <translation>
            <numerusform>%n objeto seleccionado.</numerusform>
            <numerusform>%n objetos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a notebook to read it here.</source>
        <translation>Seleccione un notebook para leerlo aquí.</translation>
    </message>
    <message>
        <source>Not listed yet. Expand the folder to see what it holds.</source>
        <translation>Aún no se ha listado. Expanda la carpeta para ver su contenido.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n objects.</source>
        <translation>
            <numerusform>«%1» contiene %n objeto.</numerusform>
            <numerusform>«%1» contiene %n objetos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: the file is larger than %1.</source>
        <translation>Sin vista previa: el archivo ocupa más de %1.</translation>
    </message>
    <message>
        <source>No preview for objects of this type (%1).</source>
        <translation>No hay vista previa para objetos de este tipo (%1).</translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>No está conectado a ningún área de trabajo.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This notebook is larger than 10 MB, the most the Workspace API exports (MAX_NOTEBOOK_SIZE_EXCEEDED). Open it in the browser instead.</source>
        <translation>Este notebook ocupa más de 10 MB, el máximo que exporta la Workspace API (MAX_NOTEBOOK_SIZE_EXCEEDED). Ábralo en el navegador.</translation>
    </message>
    <message>
        <source>Could not load the preview: %1</source>
        <translation>No se pudo cargar la vista previa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cells</source>
        <translation>
            <numerusform>%n celda</numerusform>
            <numerusform>%n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: this is not a text file.</source>
        <translation>Sin vista previa: no es un archivo de texto.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ParameterTable</name>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation>Añadir &amp;valor</translation>
    </message>
    <message>
        <source>Add &amp;Parameter</source>
        <translation>Añadir &amp;parámetro</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Añadir una fila a %1</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>Quitar la fila seleccionada de %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::PayloadIssuesModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3: %4 (%5)</source>
        <translation>%1 en la línea %2, columna %3: %4 (%5)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>Línea:Columna</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionLevelDelegate</name>
    <message>
        <source>Permission of %1</source>
        <translation>Permiso de %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionObject</name>
    <message>
        <source>job</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>clúster</translation>
    </message>
    <message>
        <source>notebook</source>
        <translation>notebook</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>repo</source>
        <translation>repositorio</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>canalización</translation>
    </message>
    <message>
        <source>Can view</source>
        <translation>Puede ver</translation>
    </message>
    <message>
        <source>Can read</source>
        <translation>Puede leer</translation>
    </message>
    <message>
        <source>Can run</source>
        <translation>Puede ejecutar</translation>
    </message>
    <message>
        <source>Can edit</source>
        <translation>Puede editar</translation>
    </message>
    <message>
        <source>Can manage run</source>
        <translation>Puede administrar ejecuciones</translation>
    </message>
    <message>
        <source>Can attach to</source>
        <translation>Puede asociar</translation>
    </message>
    <message>
        <source>Can restart</source>
        <translation>Puede reiniciar</translation>
    </message>
    <message>
        <source>Can manage</source>
        <translation>Puede administrar</translation>
    </message>
    <message>
        <source>Can use</source>
        <translation>Puede usar</translation>
    </message>
    <message>
        <source>Is owner</source>
        <translation>Es propietario</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionRules</name>
    <message>
        <source>A group cannot own a %1: “%2” needs another level. Choose a user or a service principal with Transfer Ownership.</source>
        <translation>Un grupo no puede ser propietario de un objeto de tipo %1: «%2» necesita otro nivel. Elija un usuario o una entidad de servicio con Transferir propiedad.</translation>
    </message>
    <message>
        <source>The %1 would have no owner. A %1 has exactly one: choose the new one with Transfer Ownership.</source>
        <translation>El objeto de tipo %1 se quedaría sin propietario. Un objeto de tipo %1 tiene exactamente uno: elija el nuevo con Transferir propiedad.</translation>
    </message>
    <message>
        <source>The %1 would have %2 owners (%3). A %1 has exactly one: keep one of them as owner.</source>
        <translation>El objeto de tipo %1 tendría %2 propietarios (%3). Un objeto de tipo %1 tiene exactamente uno: conserve solo uno de ellos como propietario.</translation>
    </message>
    <message>
        <source>%1 keeps Can manage on their own home folder: the workspace does not allow taking it away.</source>
        <translation>%1 conserva el permiso Puede administrar en su propia carpeta personal: el área de trabajo no permite quitárselo.</translation>
    </message>
    <message>
        <source>You would lose your own right to manage this %1 and could not change its permissions again. Keep Can manage for %2 or for a group you are in.</source>
        <translation>Perdería su propio derecho a administrar este objeto (%1) y no podría volver a cambiar sus permisos. Conserve el permiso Puede administrar para %2 o para un grupo al que pertenezca.</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionsDialog</name>
    <message>
        <source>&amp;Add Principal…</source>
        <translation>&amp;Añadir entidad de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Transfer Ownership…</source>
        <translation>&amp;Transferir propiedad…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Permissions — %1</source>
        <translation>Permisos — %1</translation>
    </message>
    <message>
        <source>Permissions of the %1 %2</source>
        <translation>Permisos de %1 %2</translation>
    </message>
    <message>
        <source>Who may use the %1 “%2” in %3.</source>
        <translation>Quién puede usar «%2» (%1) en %3.</translation>
    </message>
    <message>
        <source>Permissions by principal</source>
        <translation>Permisos por entidad de seguridad</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Cambios que enviar</translation>
    </message>
    <message>
        <source>Why the changes cannot be sent</source>
        <translation>Por qué no se pueden enviar los cambios</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add principal</source>
        <translation>Añadir entidad de seguridad</translation>
    </message>
    <message>
        <source>Remove the direct permission</source>
        <translation>Quitar el permiso directo</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>Transferir propiedad</translation>
    </message>
    <message>
        <source>Revert the changes</source>
        <translation>Revertir los cambios</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Take away the level set on this object; inherited levels stay</source>
        <translation>Retirar el nivel establecido en este objeto; los niveles heredados se mantienen</translation>
    </message>
    <message>
        <source>Make someone else the owner; the former owner keeps Can manage</source>
        <translation>Hacer propietario a otro; el propietario anterior conserva el permiso Puede administrar</translation>
    </message>
    <message>
        <source>Reading the permissions…</source>
        <translation>Leyendo los permisos…</translation>
    </message>
    <message>
        <source>The permissions could not be read: %1</source>
        <translation>No se pudieron leer los permisos: %1</translation>
    </message>
    <message>
        <source>No changes yet: pick a level in the Permission column, or add a principal.</source>
        <translation>Aún no hay cambios: elija un nivel en la columna Permiso o añada una entidad de seguridad.</translation>
    </message>
    <message>
        <source>• Adds %1 for %2</source>
        <translation>• Añade %1 para %2</translation>
    </message>
    <message>
        <source>• Changes %1 from %2 to %3</source>
        <translation>• Cambia %1 de %2 a %3</translation>
    </message>
    <message>
        <source>• Removes the direct %1 of %2</source>
        <translation>• Quita el nivel directo %1 de %2</translation>
    </message>
    <message>
        <source>Sent as a whole new list (PUT), because an entry is removed: every direct entry shown above is sent again, and any added elsewhere since this was read is dropped.</source>
        <translation>Se envía como una lista completamente nueva (PUT), porque se quita una entrada: se vuelven a enviar todas las entradas directas mostradas arriba y se descarta cualquiera que se haya añadido en otro lugar desde que se leyó.</translation>
    </message>
    <message>
        <source>Sent as a merge (PATCH): entries not listed stay as they are.</source>
        <translation>Se envía como combinación (PATCH): las entradas no indicadas se quedan como están.</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>Transferir propiedad</translation>
    </message>
    <message>
        <source>Make Owner</source>
        <translation>Hacer propietario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Replace the permissions of the %1 “%2” in %3?</source>
        <translation>¿Reemplazar los permisos de «%2» (%1) en %3?</translation>
    </message>
    <message>
        <source>These lose their direct permission: %1. The list is sent whole, so an entry someone else added since it was read is dropped too; inherited permissions stay.</source>
        <translation>Estos pierden su permiso directo: %1. La lista se envía completa, así que también se descarta cualquier entrada que otra persona haya añadido desde que se leyó; los permisos heredados se mantienen.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Saving the permissions…</source>
        <translation>Guardando los permisos…</translation>
    </message>
    <message>
        <source>The change did not go through; your edit is kept (Reload shows what the workspace has now): %1</source>
        <translation>El cambio no se aplicó; se conserva su edición (Recargar muestra lo que tiene ahora el área de trabajo): %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Discard the changes to the permissions of “%1” and read them again?</source>
        <translation>¿Descartar los cambios en los permisos de «%1» y volver a leerlos?</translation>
    </message>
    <message>
        <source>They have not been sent to the workspace.</source>
        <translation>No se han enviado al área de trabajo.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Saving the permissions… the dialog can be closed once the workspace has answered.</source>
        <translation>Guardando los permisos… el cuadro de diálogo se podrá cerrar cuando responda el área de trabajo.</translation>
    </message>
    <message>
        <source>Discard the changes to the permissions of “%1”?</source>
        <translation>¿Descartar los cambios en los permisos de «%1»?</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionsLoader</name>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionsModel</name>
    <message>
        <source>the workspace root</source>
        <translation>la raíz del área de trabajo</translation>
    </message>
    <message>
        <source>all jobs</source>
        <translation>todos los trabajos</translation>
    </message>
    <message>
        <source>all clusters</source>
        <translation>todos los clústeres</translation>
    </message>
    <message>
        <source>all pipelines</source>
        <translation>todas las canalizaciones</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>carpeta %1</translation>
    </message>
    <message>
        <source>repo %1</source>
        <translation>repositorio %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <source>Removed (was %1)</source>
        <translation>Quitado (era %1)</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (era %2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the level</source>
        <translation>Haga doble clic o pulse F2 para cambiar el nivel</translation>
    </message>
    <message>
        <source>The owner changes with Transfer Ownership</source>
        <translation>El propietario se cambia con Transferir propiedad</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Entidad de seguridad</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Heredado</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineEventsModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Update created</source>
        <translation>Actualización creada</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>Progreso de la actualización</translation>
    </message>
    <message>
        <source>Flow progress</source>
        <translation>Progreso del flujo</translation>
    </message>
    <message>
        <source>Flow definition</source>
        <translation>Definición del flujo</translation>
    </message>
    <message>
        <source>Dataset definition</source>
        <translation>Definición del conjunto de datos</translation>
    </message>
    <message>
        <source>Cluster resources</source>
        <translation>Recursos del clúster</translation>
    </message>
    <message>
        <source>User action</source>
        <translation>Acción del usuario</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineEventsView</name>
    <message>
        <source>Load &amp;More</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>Show events of level</source>
        <translation>Mostrar eventos del nivel</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Errores y advertencias</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Search the loaded events</source>
        <translation>Buscar en los eventos cargados</translation>
    </message>
    <message>
        <source>Search messages, events and datasets</source>
        <translation>Buscar mensajes, eventos y conjuntos de datos</translation>
    </message>
    <message>
        <source>Pipeline events</source>
        <translation>Eventos de la canalización</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>Eventos mostrados</translation>
    </message>
    <message>
        <source>Load more events</source>
        <translation>Cargar más eventos</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>Leyendo eventos…</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>No se pudieron leer los eventos: %1</translation>
    </message>
    <message>
        <source>No events at this level.</source>
        <translation>No hay eventos de este nivel.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n loaded event(s) match.</source>
        <translation>
            <numerusform>Coincidencias: %1 de %n evento cargado.</numerusform>
            <numerusform>Coincidencias: %1 de %n eventos cargados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) loaded; older ones are left to load.</source>
        <translation>
            <numerusform>%n evento cargado; quedan otros más antiguos por cargar.</numerusform>
            <numerusform>%n eventos cargados; quedan otros más antiguos por cargar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n event(s).</source>
        <translation>
            <numerusform>%n evento.</numerusform>
            <numerusform>Todos los %n eventos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinePane</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 workers (autoscale)</source>
        <translation>%1–%2 workers (escalado automático)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Files matching</source>
        <translation>Archivos que coinciden con</translation>
    </message>
    <message>
        <source>Pipeline details</source>
        <translation>Detalles de la canalización</translation>
    </message>
    <message>
        <source>Pipeline settings</source>
        <translation>Configuración de la canalización</translation>
    </message>
    <message>
        <source>Updates of the pipeline</source>
        <translation>Actualizaciones de la canalización</translation>
    </message>
    <message>
        <source>This pipeline has not run yet.</source>
        <translation>Esta canalización aún no se ha ejecutado.</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>&amp;Actualizaciones</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Update of %1 — %2, %3</source>
        <translation>Actualización del %1 — %2, %3</translation>
    </message>
    <message>
        <source>Pipeline ID</source>
        <translation>ID de la canalización</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Se ejecuta como</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Catalog and schema</source>
        <translation>Catálogo y esquema</translation>
    </message>
    <message>
        <source>Target schema</source>
        <translation>Esquema de destino</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Photon</source>
        <translation>Photon</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Sin servidor</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineStates</name>
    <message>
        <source>Idle</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Deteniéndose</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Implementando</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Recuperándose</translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation>Restableciendo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Waiting for resources</source>
        <translation>Esperando recursos</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Inicializando</translation>
    </message>
    <message>
        <source>Setting up tables</source>
        <translation>Configurando tablas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluida</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continuo</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Desencadenado</translation>
    </message>
    <message>
        <source>development</source>
        <translation>desarrollo</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineUpdatesModel</name>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Validation only</source>
        <translation>Solo validación</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
    <message>
        <source>Full refresh</source>
        <translation>Actualización completa</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Todas las tablas</translation>
    </message>
    <message>
        <source>API call</source>
        <translation>Llamada a la API</translation>
    </message>
    <message>
        <source>User action</source>
        <translation>Acción del usuario</translation>
    </message>
    <message>
        <source>Job task</source>
        <translation>Tarea de trabajo</translation>
    </message>
    <message>
        <source>Retry on failure</source>
        <translation>Reintento tras un error</translation>
    </message>
    <message>
        <source>Schema change</source>
        <translation>Cambio de esquema</translation>
    </message>
    <message>
        <source>Service upgrade</source>
        <translation>Actualización del servicio</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinesActions</name>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Iniciar…</translation>
    </message>
    <message>
        <source>Start an update: every table, a full refresh, selected tables or validation only</source>
        <translation>Iniciar una actualización: todas las tablas, una actualización completa, las tablas seleccionadas o solo validación</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the pipeline&apos;s active update</source>
        <translation>Detener la actualización activa de la canalización</translation>
    </message>
    <message>
        <source>&amp;New Pipeline…</source>
        <translation>&amp;Nueva canalización…</translation>
    </message>
    <message>
        <source>Create a pipeline from a template in the JSON editor</source>
        <translation>Crear una canalización a partir de una plantilla en el editor JSON</translation>
    </message>
    <message>
        <source>&amp;Edit Settings…</source>
        <translation>Editar &amp;configuración…</translation>
    </message>
    <message>
        <source>Edit the pipeline&apos;s settings as JSON; the changes are shown before they are saved</source>
        <translation>Editar la configuración de la canalización como JSON; los cambios se muestran antes de guardarse</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the pipeline and the tables it defines</source>
        <translation>Eliminar la canalización y las tablas que define</translation>
    </message>
    <message>
        <source>Copy Pipeline &amp;ID</source>
        <translation>Co&amp;piar ID de la canalización</translation>
    </message>
    <message>
        <source>Copy the pipeline&apos;s id to the clipboard</source>
        <translation>Copiar el ID de la canalización al portapapeles</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Abrir en el nave&amp;gador</translation>
    </message>
    <message>
        <source>Show the pipeline in the web UI</source>
        <translation>Mostrar la canalización en la interfaz web</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>List the pipelines again</source>
        <translation>Volver a listar las canalizaciones</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Starting an update of “%1”…</source>
        <translation>Iniciando una actualización de «%1»…</translation>
    </message>
    <message>
        <source>Could not start “%1”</source>
        <translation>No se pudo iniciar «%1»</translation>
    </message>
    <message>
        <source>Started an update of “%1”.</source>
        <translation>Se inició una actualización de «%1».</translation>
    </message>
    <message>
        <source>Stop the running update of “%1” in %2?</source>
        <translation>¿Detener la actualización en curso de «%1» en %2?</translation>
    </message>
    <message>
        <source>Flows that are running stop where they are; tables keep what they wrote so far. The next update goes on from there.</source>
        <translation>Los flujos en ejecución se detienen donde están; las tablas conservan lo que han escrito hasta ahora. La siguiente actualización continúa desde ahí.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stopping “%1”…</source>
        <translation>Deteniendo «%1»…</translation>
    </message>
    <message>
        <source>Could not stop “%1”</source>
        <translation>No se pudo detener «%1»</translation>
    </message>
    <message>
        <source>Stopping “%1”; its update is being canceled.</source>
        <translation>Deteniendo «%1»; se está cancelando su actualización.</translation>
    </message>
    <message>
        <source>New Pipeline in %1</source>
        <translation>Nueva canalización en %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Created pipeline “%1”.</source>
        <translation>Canalización «%1» creada.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>Could not read the pipeline</source>
        <translation>No se pudo leer la canalización</translation>
    </message>
    <message>
        <source>Edit Pipeline “%1” in %2</source>
        <translation>Editar la canalización «%1» en %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>“%1” has an update running: it goes on with the settings it started with; the next update uses the new ones.</source>
        <translation>«%1» tiene una actualización en curso: continúa con la configuración con la que se inició; la siguiente actualización usará la nueva.</translation>
    </message>
    <message>
        <source>Someone changed “%1” after this editor read it, so nothing was saved. Copy your changes, close the editor and edit again to start from their version.</source>
        <translation>Alguien cambió «%1» después de que este editor lo leyera, así que no se guardó nada. Copie sus cambios, cierre el editor y vuelva a editar para partir de su versión.</translation>
    </message>
    <message>
        <source>Saved the settings of “%1”.</source>
        <translation>Se guardó la configuración de «%1».</translation>
    </message>
    <message>
        <source>Delete pipeline “%1” from %2?</source>
        <translation>¿Eliminar la canalización «%1» de %2?</translation>
    </message>
    <message>
        <source>Its settings and update history go, an active update is stopped, and the tables it defines (materialized views, streaming tables and views) are deleted with it. This cannot be undone.</source>
        <translation>Se eliminan su configuración y su historial de actualizaciones, se detiene cualquier actualización activa y se eliminan con ella las tablas que define (vistas materializadas, tablas de streaming y vistas). Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Eliminando «%1»…</translation>
    </message>
    <message>
        <source>Could not delete “%1”</source>
        <translation>No se pudo eliminar «%1»</translation>
    </message>
    <message>
        <source>Deleted pipeline “%1”.</source>
        <translation>Canalización «%1» eliminada.</translation>
    </message>
    <message>
        <source>Copied pipeline id %1.</source>
        <translation>Id de canalización %1 copiado.</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>No se pudo abrir %1 en un navegador.</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinesBrowser</name>
    <message>
        <source>Pipelines</source>
        <translation>Canalizaciones</translation>
    </message>
    <message>
        <source>No pipelines here yet. New Pipeline creates one from a template.</source>
        <translation>Aún no hay canalizaciones aquí. Nueva canalización crea una a partir de una plantilla.</translation>
    </message>
    <message>
        <source>Pipeline actions</source>
        <translation>Acciones de la canalización</translation>
    </message>
    <message>
        <source>Filter pipelines by name</source>
        <translation>Filtrar canalizaciones por nombre</translation>
    </message>
    <message>
        <source>Could not list the pipelines: %1</source>
        <translation>No se pudieron listar las canalizaciones: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinesModel</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado de salud</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Con problemas</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nunca ejecutado</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinesPage</name>
    <message>
        <source>Pipelines</source>
        <translation>Canalizaciones</translation>
    </message>
</context>
<context>
    <name>brickdesk::PrincipalPickerDialog</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Permiso:</translation>
    </message>
    <message>
        <source>Add Principal</source>
        <translation>Añadir entidad de seguridad</translation>
    </message>
    <message>
        <source>Add principal</source>
        <translation>Añadir entidad de seguridad</translation>
    </message>
    <message>
        <source>Search users, groups and service principals</source>
        <translation>Buscar usuarios, grupos y entidades de servicio</translation>
    </message>
    <message>
        <source>Matching principals</source>
        <translation>Entidades de seguridad coincidentes</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Not everything could be searched: %1</source>
        <translation>No se pudo buscar en todo: %1</translation>
    </message>
    <message>
        <source>No user, group or service principal matches.</source>
        <translation>Ningún usuario, grupo ni entidad de servicio coincide.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ProfileEditor</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>https://adb-1234567890123456.7.azuredatabricks.net</source>
        <translation>https://adb-1234567890123456.7.azuredatabricks.net</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
    </message>
    <message>
        <source>OAuth (browser sign-in)</source>
        <translation>OAuth (inicio de sesión en el navegador)</translation>
    </message>
    <message>
        <source>OAuth service principal</source>
        <translation>Entidad de servicio OAuth</translation>
    </message>
    <message>
        <source>dapi…</source>
        <translation>dapi…</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Proxy manual</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128</source>
        <translation>http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Only the system&apos;s certificates</source>
        <translation>Solo los certificados del sistema</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Iniciar sesión con:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de &amp;cliente:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>&amp;URL del proxy:</translation>
    </message>
    <message>
        <source>Extra &amp;CA bundle:</source>
        <translation>Paquete de CA a&amp;dicional:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Stored in the keychain — type to replace</source>
        <translation>Guardado en el llavero — escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>Create a token under Settings → Developer → Access tokens in the workspace. It is kept in the system keychain.</source>
        <translation>Cree un token en el área de trabajo, en Configuración → Desarrollador → Tokens de acceso. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Brickdesk opens your browser to sign in. The refresh token is kept in the system keychain.</source>
        <translation>Brickdesk abre el navegador para iniciar sesión. El token de actualización se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The service principal&apos;s OAuth secret is kept in the system keychain.</source>
        <translation>El secreto OAuth de la entidad de servicio se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Extra CA Bundle</source>
        <translation>Paquete de CA adicional</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>brickdesk::ProfileListModel</name>
    <message>
        <source>no host</source>
        <translation>sin host</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 · from environment variables</source>
        <translation>%1 · de variables de entorno</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · de %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::PutSecretDialog</name>
    <message>
        <source>The file has %1; a secret holds at most %2.</source>
        <translation>El archivo ocupa %1; un secreto admite como máximo %2.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation>Desde &amp;archivo…</translation>
    </message>
    <message>
        <source>Put Secret in “%1” — %2</source>
        <translation>Guardar secreto en «%1» — %2</translation>
    </message>
    <message>
        <source>Replace “%1” in “%2” — %3</source>
        <translation>Reemplazar «%1» en «%2» — %3</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>e.g. jdbc-password</source>
        <translation>p. ej., jdbc-password</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Valor del secreto</translation>
    </message>
    <message>
        <source>Hidden while Show is off</source>
        <translation>Oculto mientras Mostrar está desactivado</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Mostrar el valor</translation>
    </message>
    <message>
        <source>Read the value from a file</source>
        <translation>Leer el valor de un archivo</translation>
    </message>
    <message>
        <source>Put</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>The value has %1; a secret holds at most %2.</source>
        <translation>El valor ocupa %1; un secreto admite como máximo %2.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Secret Value From File</source>
        <translation>Valor del secreto desde archivo</translation>
    </message>
    <message>
        <source>Could not use %1: %2</source>
        <translation>No se pudo usar %1: %2</translation>
    </message>
    <message>
        <source>The value is the bytes of %1 (%2).</source>
        <translation>El valor son los bytes de %1 (%2).</translation>
    </message>
</context>
<context>
    <name>brickdesk::RepairRunDialog</name>
    <message>
        <source>Rerun &amp;all failed tasks</source>
        <translation>Volver a ejecutar &amp;todas las tareas fallidas</translation>
    </message>
    <message>
        <source>Also rerun &amp;dependent tasks</source>
        <translation>Volver a ejecutar también las tareas &amp;dependientes</translation>
    </message>
    <message>
        <source>Repair Run #%1 of %2</source>
        <translation>Reparar la ejecución n.º %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparar</translation>
    </message>
    <message>
        <source>Repair the run</source>
        <translation>Reparar la ejecución</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Tasks to rerun</source>
        <translation>Tareas para volver a ejecutar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rerun all failed tasks</source>
        <translation>Volver a ejecutar todas las tareas fallidas</translation>
    </message>
    <message>
        <source>Lets the server pick every failed task (rerun_all_failed_tasks) instead of the checked ones.</source>
        <translation>Deja que el servidor elija todas las tareas fallidas (rerun_all_failed_tasks) en lugar de las marcadas.</translation>
    </message>
    <message>
        <source>Also rerun dependent tasks</source>
        <translation>Volver a ejecutar también las tareas dependientes</translation>
    </message>
    <message>
        <source>Tasks downstream of a rerun task run again too.</source>
        <translation>Las tareas posteriores a una tarea que se vuelve a ejecutar también se ejecutan de nuevo.</translation>
    </message>
    <message>
        <source>Tasks that will rerun</source>
        <translation>Tareas que se volverán a ejecutar</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>A repair does not carry the run&apos;s parameters over; these are the run&apos;s and are sent again.</source>
        <translation>Una reparación no conserva los parámetros de la ejecución; estos son los de la ejecución y se envían de nuevo.</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Reparando…</translation>
    </message>
    <message>
        <source>The repair did not start: %1</source>
        <translation>La reparación no se inició: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::RequestPreview</name>
    <message>
        <source>Request &amp;preview (%1)</source>
        <translation>&amp;Vista previa de la solicitud (%1)</translation>
    </message>
    <message>
        <source>Show the request that will be sent</source>
        <translation>Mostrar la solicitud que se enviará</translation>
    </message>
    <message>
        <source>Request body as JSON</source>
        <translation>Cuerpo de la solicitud como JSON</translation>
    </message>
</context>
<context>
    <name>brickdesk::ResizeClusterDialog</name>
    <message>
        <source>&amp;Fixed size</source>
        <translation>Tamaño &amp;fijo</translation>
    </message>
    <message>
        <source>&amp;Autoscale</source>
        <translation>Escalado &amp;automático</translation>
    </message>
    <message>
        <source>Resize “%1” in %2</source>
        <translation>Redimensionar «%1» en %2</translation>
    </message>
    <message>
        <source>Fixed size</source>
        <translation>Tamaño fijo</translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation>Escalado automático</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source> workers</source>
        <translation> workers</translation>
    </message>
    <message>
        <source>Fewest workers</source>
        <translation>Mínimo de workers</translation>
    </message>
    <message>
        <source>Most workers</source>
        <translation>Máximo de workers</translation>
    </message>
    <message>
        <source>Workers are added or removed while “%1” runs; what runs on it goes on.</source>
        <translation>Los workers se añaden o quitan mientras «%1» está en ejecución; lo que se ejecuta en él continúa.</translation>
    </message>
    <message>
        <source>“%1” is %2: the new size is saved and used when it next starts.</source>
        <translation>El estado de «%1» es «%2»: el nuevo tamaño se guarda y se usa la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>workers</translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation>&amp;Redimensionar</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The fewest workers cannot be more than the most workers.</source>
        <translation>El mínimo de workers no puede ser mayor que el máximo.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ResourceListView</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>Aún no hay nada aquí.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not list them: %1</source>
        <translation>No se pudieron listar: %1</translation>
    </message>
    <message>
        <source>Could not list them.</source>
        <translation>No se pudieron listar.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Nada coincide con el filtro.</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunDurationsChart</name>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Run durations</source>
        <translation>Duración de las ejecuciones</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>Run %1
Started %2
Duration %3
%4</source>
        <translation>Ejecución %1
Iniciada %2
Duración %3
%4</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Aún no hay ejecuciones.</translation>
    </message>
    <message>
        <source>Run %1 on %2: %3, %4.</source>
        <translation>Ejecución %1 el %2: %3, %4.</translation>
    </message>
    <message>
        <source>Duration (%1)</source>
        <translation>Duración (%1)</translation>
    </message>
    <message>
        <source>No runs yet.
Runs of this job will show here with how long they took.</source>
        <translation>Aún no hay ejecuciones.
Las ejecuciones de este trabajo aparecerán aquí con lo que duraron.</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunNowDialog</name>
    <message>
        <source>Run Now with Different Settings — %1</source>
        <translation>Ejecutar ahora con otra configuración — %1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run the job now</source>
        <translation>Ejecutar el trabajo ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>This job takes no parameters.</source>
        <translation>Este trabajo no tiene parámetros.</translation>
    </message>
    <message>
        <source>An older job: parameters are passed per task type. Only values that differ from the tasks&apos; own are sent.</source>
        <translation>Un trabajo antiguo: los parámetros se pasan por tipo de tarea. Solo se envían los valores que difieren de los de las tareas.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Tasks to run</source>
        <translation>Tareas para ejecutar</translation>
    </message>
    <message>
        <source>Runs only the checked tasks; with all of them checked the whole job runs.</source>
        <translation>Ejecuta solo las tareas marcadas; con todas marcadas se ejecuta el trabajo completo.</translation>
    </message>
    <message>
        <source>&amp;Full refresh of the pipeline tasks (recompute every table from scratch)</source>
        <translation>Actualización &amp;completa de las tareas de canalización (recalcular cada tabla desde cero)</translation>
    </message>
    <message>
        <source>Full refresh of the pipeline tasks</source>
        <translation>Actualización completa de las tareas de canalización</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>The run did not start: %1</source>
        <translation>La ejecución no se inició: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunPane</name>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Notebook result</source>
        <translation>Resultado del notebook</translation>
    </message>
    <message>
        <source>Error and error trace</source>
        <translation>Error y traza del error</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Open the run in the browser</source>
        <translation>Abrir la ejecución en el navegador</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>No se pudo abrir %1 en un navegador.</translation>
    </message>
    <message>
        <source>Select a task on the timeline to see its output.</source>
        <translation>Seleccione una tarea en la línea de tiempo para ver su salida.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>No se pudo leer la ejecución: %1</translation>
    </message>
    <message>
        <source>Could not read run %1: %2</source>
        <translation>No se pudo leer la ejecución %1: %2</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Ejecución %1 · %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciada %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>duró %1</translation>
    </message>
    <message>
        <source>trigger: %1</source>
        <translation>desencadenador: %1</translation>
    </message>
    <message numerus="yes">
        <source>repaired %n time(s)</source>
        <translation>
            <numerusform>reparada %n vez</numerusform>
            <numerusform>reparada %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation>Salida de %1</translation>
    </message>
    <message>
        <source>Reading the output…</source>
        <translation>Leyendo la salida…</translation>
    </message>
    <message>
        <source>Could not read the output: %1</source>
        <translation>No se pudo leer la salida: %1</translation>
    </message>
    <message>
        <source>The notebook result was cut off: the API returns its first 5 MB.</source>
        <translation>El resultado del notebook se truncó: la API devuelve sus primeros 5 MB.</translation>
    </message>
    <message>
        <source>The logs were cut off: the API returns their last 5 MB.</source>
        <translation>Los registros se truncaron: la API devuelve sus últimos 5 MB.</translation>
    </message>
    <message>
        <source>The task is still running; its output appears when it has some.</source>
        <translation>La tarea sigue en ejecución; su salida aparecerá cuando la haya.</translation>
    </message>
    <message>
        <source>This task left no output. A notebook gives a result only when it calls dbutils.notebook.exit(); the full notebook output is in the browser.</source>
        <translation>Esta tarea no dejó ninguna salida. Un notebook solo da un resultado cuando llama a dbutils.notebook.exit(); la salida completa del notebook está en el navegador.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunTimelineView</name>
    <message>
        <source>Task run timeline</source>
        <translation>Línea de tiempo de las ejecuciones de tareas</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Estado: %1 (%2)</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Iniciada: %1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En ejecución desde hace %1</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Duró %1</translation>
    </message>
    <message>
        <source>Setup %1, execution %2, cleanup %3</source>
        <translation>Preparación %1, ejecución %2, limpieza %3</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciada</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Intento %1</translation>
    </message>
    <message>
        <source>Task run %1</source>
        <translation>Ejecución de tarea %1</translation>
    </message>
    <message>
        <source>No task runs yet.</source>
        <translation>Aún no hay ejecuciones de tareas.</translation>
    </message>
    <message>
        <source>%1, running</source>
        <translation>%1, en ejecución</translation>
    </message>
    <message>
        <source>Task runs: %1.</source>
        <translation>Ejecuciones de tareas: %1.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Seleccionada: %1.</translation>
    </message>
    <message>
        <source>%1: %2, not started.</source>
        <translation>%1: %2, no iniciada.</translation>
    </message>
    <message>
        <source>%1: %2, started %3, %4.</source>
        <translation>%1: %2, iniciada %3, %4.</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunsModel</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciada</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenador</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Id de ejecución</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintento</translation>
    </message>
    <message>
        <source>From another job</source>
        <translation>Desde otro trabajo</translation>
    </message>
    <message>
        <source>File arrival</source>
        <translation>Llegada de archivo</translation>
    </message>
    <message>
        <source>Table update</source>
        <translation>Actualización de tabla</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continua</translation>
    </message>
</context>
<context>
    <name>brickdesk::ScopeAclModel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>Entidad de servicio</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Administrar</translation>
    </message>
    <message>
        <source>users (all workspace users)</source>
        <translation>users (todos los usuarios del área de trabajo)</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Entidad de seguridad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
</context>
<context>
    <name>brickdesk::ScopeAclPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ca&amp;mbiar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Scope permissions</source>
        <translation>Permisos del ámbito</translation>
    </message>
    <message>
        <source>Add a principal to the scope&apos;s permissions</source>
        <translation>Añadir una entidad de seguridad a los permisos del ámbito</translation>
    </message>
    <message>
        <source>Change the selected principal&apos;s permission</source>
        <translation>Cambiar el permiso de la entidad de seguridad seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected principal&apos;s permission</source>
        <translation>Quitar el permiso de la entidad de seguridad seleccionada</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Could not list who may use “%1”: %2</source>
        <translation>No se pudo listar quién puede usar «%1»: %2</translation>
    </message>
    <message>
        <source>Azure Key Vault %1
%2
Its secrets are managed in Azure and cannot be put or deleted here; who may read them is set below.</source>
        <translation>Azure Key Vault %1
%2
Sus secretos se administran en Azure y no se pueden guardar ni eliminar aquí; quién puede leerlos se configura a continuación.</translation>
    </message>
    <message>
        <source>Backed by Databricks.</source>
        <translation>Respaldado por Databricks.</translation>
    </message>
    <message>
        <source>Giving %1 %2 on “%3”…</source>
        <translation>Concediendo el permiso %2 a %1 en «%3»…</translation>
    </message>
    <message>
        <source>%1 now has %2 on “%3”.</source>
        <translation>%1 ahora tiene el permiso %2 en «%3».</translation>
    </message>
    <message>
        <source>Remove %1&apos;s access to scope “%2” in workspace “%3”?</source>
        <translation>¿Quitar el acceso de %1 al ámbito «%2» del área de trabajo «%3»?</translation>
    </message>
    <message>
        <source>Jobs and clusters that run as %1 can no longer read the scope&apos;s secrets, unless a group gives them access.</source>
        <translation>Los trabajos y clústeres que se ejecutan como %1 ya no podrán leer los secretos del ámbito, a menos que un grupo les dé acceso.</translation>
    </message>
    <message>
        <source>Remove Access</source>
        <translation>Quitar acceso</translation>
    </message>
    <message>
        <source>Removing %1 from “%2”…</source>
        <translation>Quitando a %1 de «%2»…</translation>
    </message>
    <message>
        <source>%1 no longer has access to “%2”.</source>
        <translation>%1 ya no tiene acceso a «%2».</translation>
    </message>
    <message>
        <source>The permission was not changed: %1</source>
        <translation>No se cambió el permiso: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretNames</name>
    <message>
        <source>Enter a name.</source>
        <translation>Introduzca un nombre.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>El nombre tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>The name cannot contain %1. %2</source>
        <translation>El nombre no puede contener %1. %2</translation>
    </message>
    <message>
        <source>Use letters, digits, “-”, “_”, “.” and “@”.</source>
        <translation>Use letras, dígitos, «-», «_», «.» y «@».</translation>
    </message>
    <message>
        <source>Use letters, digits, “-”, “_” and “.”.</source>
        <translation>Use letras, dígitos, «-», «_» y «.».</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretUsageIndex</name>
    <message>
        <source>Jobs could not be read: %1</source>
        <translation>No se pudieron leer los trabajos: %1</translation>
    </message>
    <message>
        <source>Clusters could not be read: %1</source>
        <translation>No se pudieron leer los clústeres: %1</translation>
    </message>
    <message>
        <source>Pipelines could not be read: %1</source>
        <translation>No se pudieron leer las canalizaciones: %1</translation>
    </message>
    <message>
        <source>Secret scopes could not be read: %1</source>
        <translation>No se pudieron leer los ámbitos de secretos: %1</translation>
    </message>
    <message>
        <source>Pipeline “%1” could not be read: %2</source>
        <translation>No se pudo leer la canalización «%1»: %2</translation>
    </message>
    <message>
        <source>Keys of scope “%1” could not be listed: %2</source>
        <translation>No se pudieron listar las claves del ámbito «%1»: %2</translation>
    </message>
    <message>
        <source>Looking through jobs, clusters and pipelines…</source>
        <translation>Revisando trabajos, clústeres y canalizaciones…</translation>
    </message>
    <message>
        <source>Read %1 jobs, %2 clusters and %3 of %4 pipelines…</source>
        <translation>Leídos %1 trabajos, %2 clústeres y %3 de %4 canalizaciones…</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretUsageModel</name>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Canalización</translation>
    </message>
    <message>
        <source>%1 %2 (id %3)</source>
        <translation>%1 %2 (ID %3)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretUsagePanel</name>
    <message>
        <source>1 job</source>
        <translation>1 trabajo</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 trabajos</translation>
    </message>
    <message>
        <source>1 cluster</source>
        <translation>1 clúster</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 clústeres</translation>
    </message>
    <message>
        <source>1 pipeline</source>
        <translation>1 canalización</translation>
    </message>
    <message>
        <source>%1 pipelines</source>
        <translation>%1 canalizaciones</translation>
    </message>
    <message>
        <source>Not referenced by any job, cluster or pipeline</source>
        <translation>Ningún trabajo, clúster ni canalización hace referencia a él</translation>
    </message>
    <message>
        <source>Used by %1</source>
        <translation>Usado por %1</translation>
    </message>
    <message>
        <source>Used by %1 and %2</source>
        <translation>Usado por %1 y %2</translation>
    </message>
    <message>
        <source>Used by %1, %2 and %3</source>
        <translation>Usado por %1, %2 y %3</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Secret usage</source>
        <translation>Uso del secreto</translation>
    </message>
    <message>
        <source>Usage summary</source>
        <translation>Resumen de uso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>Lo que no se pudo leer</translation>
    </message>
    <message>
        <source>Refresh usage</source>
        <translation>Actualizar el uso</translation>
    </message>
    <message>
        <source>Jobs, clusters and pipelines using the secret</source>
        <translation>Trabajos, clústeres y canalizaciones que usan el secreto</translation>
    </message>
    <message>
        <source>Not everything could be read, so this may be incomplete:
%1</source>
        <translation>No se pudo leer todo, por lo que esto puede estar incompleto:
%1</translation>
    </message>
    <message>
        <source>Looking through jobs, clusters and pipelines…</source>
        <translation>Revisando trabajos, clústeres y canalizaciones…</translation>
    </message>
    <message>
        <source>No references to keys that do not exist</source>
        <translation>No hay referencias a claves que no existen</translation>
    </message>
    <message>
        <source>1 reference to a key that does not exist</source>
        <translation>1 referencia a una clave que no existe</translation>
    </message>
    <message>
        <source>%1 references to keys that do not exist</source>
        <translation>%1 referencias a claves que no existen</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretValueCopier</name>
    <message>
        <source>Copy the value of “%1” in scope “%2” to the clipboard?</source>
        <translation>¿Copiar el valor de «%1» del ámbito «%2» al portapapeles?</translation>
    </message>
    <message numerus="yes">
        <source>Any application can read the clipboard. Brickdesk clears it again after %n second(s) if the value is still there.</source>
        <translation>
            <numerusform>Cualquier aplicación puede leer el portapapeles. Brickdesk lo vacía de nuevo al cabo de %n segundo si el valor sigue ahí.</numerusform>
            <numerusform>Cualquier aplicación puede leer el portapapeles. Brickdesk lo vacía de nuevo al cabo de %n segundos si el valor sigue ahí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Reading the value of “%1”…</source>
        <translation>Leyendo el valor de «%1»…</translation>
    </message>
    <message>
        <source>This workspace does not let secret values be read through the API (it answered BAD_REQUEST). Read it from a notebook with dbutils.secrets.get instead.</source>
        <translation>Esta área de trabajo no permite leer valores de secretos mediante la API (respondió BAD_REQUEST). Léalo desde un notebook con dbutils.secrets.get.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of “%1” as base64; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Se copió el valor de «%1» como base64; el portapapeles se vaciará dentro de %n segundo.</numerusform>
            <numerusform>Se copió el valor de «%1» como base64; el portapapeles se vaciará dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of “%1”; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Se copió el valor de «%1»; el portapapeles se vaciará dentro de %n segundo.</numerusform>
            <numerusform>Se copió el valor de «%1»; el portapapeles se vaciará dentro de %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsActions</name>
    <message>
        <source>New &amp;Scope…</source>
        <translation>&amp;Nuevo ámbito…</translation>
    </message>
    <message>
        <source>Create a secret scope</source>
        <translation>Crear un ámbito de secretos</translation>
    </message>
    <message>
        <source>&amp;Put Secret…</source>
        <translation>&amp;Guardar secreto…</translation>
    </message>
    <message>
        <source>Put a secret in the scope</source>
        <translation>Guardar un secreto en el ámbito</translation>
    </message>
    <message>
        <source>Delete Scope…</source>
        <translation>Eliminar ámbito…</translation>
    </message>
    <message>
        <source>Delete the scope</source>
        <translation>Eliminar el ámbito</translation>
    </message>
    <message>
        <source>&amp;Delete Secret…</source>
        <translation>&amp;Eliminar secreto…</translation>
    </message>
    <message>
        <source>Delete the selected secret</source>
        <translation>Eliminar el secreto seleccionado</translation>
    </message>
    <message>
        <source>Copy &amp;Reference</source>
        <translation>Copiar &amp;referencia</translation>
    </message>
    <message>
        <source>Copy {{secrets/scope/key}}, as job and cluster settings name it</source>
        <translation>Copiar {{secrets/scope/key}}, tal como lo indican las configuraciones de trabajos y clústeres</translation>
    </message>
    <message>
        <source>Copy &amp;Value…</source>
        <translation>Copiar &amp;valor…</translation>
    </message>
    <message>
        <source>Put the value on the clipboard for 30 seconds</source>
        <translation>Poner el valor en el portapapeles durante 30 segundos</translation>
    </message>
    <message>
        <source>Permissions…</source>
        <translation>Permisos…</translation>
    </message>
    <message>
        <source>Who may read, write or manage every scope, in one table</source>
        <translation>Quién puede leer, escribir o administrar cada ámbito, en una sola tabla</translation>
    </message>
    <message>
        <source>Where Used…</source>
        <translation>Dónde se usa…</translation>
    </message>
    <message>
        <source>Jobs, clusters and pipelines that use secrets, and references to keys that do not exist</source>
        <translation>Trabajos, clústeres y canalizaciones que usan secretos, y referencias a claves que no existen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>List the scopes and opened scopes&apos; keys again</source>
        <translation>Volver a listar los ámbitos y las claves de los ámbitos abiertos</translation>
    </message>
    <message>
        <source>Secrets of an Azure Key Vault scope are managed in Azure.</source>
        <translation>Los secretos de un ámbito de Azure Key Vault se administran en Azure.</translation>
    </message>
    <message>
        <source>Creating scope “%1”…</source>
        <translation>Creando el ámbito «%1»…</translation>
    </message>
    <message>
        <source>Created scope “%1”.</source>
        <translation>Se creó el ámbito «%1».</translation>
    </message>
    <message>
        <source>Could not create the scope: %1</source>
        <translation>No se pudo crear el ámbito: %1</translation>
    </message>
    <message>
        <source>Counting the secrets in “%1”…</source>
        <translation>Contando los secretos de «%1»…</translation>
    </message>
    <message>
        <source>Could not list the secrets of “%1”: %2</source>
        <translation>No se pudieron listar los secretos de «%1»: %2</translation>
    </message>
    <message>
        <source>Delete the empty scope “%1” from workspace “%2”?</source>
        <translation>¿Eliminar el ámbito vacío «%1» del área de trabajo «%2»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete scope “%1” and its %n secret(s) from workspace “%2”?</source>
        <translation>
            <numerusform>¿Eliminar el ámbito «%1» y su %n secreto del área de trabajo «%2»?</numerusform>
            <numerusform>¿Eliminar el ámbito «%1» y sus %n secretos del área de trabajo «%2»?</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs, clusters and pipelines that read these secrets will fail. This cannot be undone.</source>
        <translation>Los trabajos, clústeres y canalizaciones que leen estos secretos fallarán. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete Scope</source>
        <translation>Eliminar ámbito</translation>
    </message>
    <message>
        <source>Deleting scope “%1”…</source>
        <translation>Eliminando el ámbito «%1»…</translation>
    </message>
    <message>
        <source>Deleted scope “%1”.</source>
        <translation>Se eliminó el ámbito «%1».</translation>
    </message>
    <message>
        <source>Could not delete the scope: %1</source>
        <translation>No se pudo eliminar el ámbito: %1</translation>
    </message>
    <message>
        <source>Replace the value of “%1” in scope “%2” of workspace “%3”?</source>
        <translation>¿Reemplazar el valor de «%1» en el ámbito «%2» del área de trabajo «%3»?</translation>
    </message>
    <message>
        <source>The key exists. Its current value is overwritten and cannot be recovered.</source>
        <translation>La clave ya existe. Su valor actual se sobrescribirá y no se podrá recuperar.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Putting “%1” in “%2”…</source>
        <translation>Guardando «%1» en «%2»…</translation>
    </message>
    <message>
        <source>Put “%1” in “%2”.</source>
        <translation>Se guardó «%1» en «%2».</translation>
    </message>
    <message>
        <source>The secret was not put: %1</source>
        <translation>No se guardó el secreto: %1</translation>
    </message>
    <message>
        <source>Delete secret “%1” from scope “%2” in workspace “%3”?</source>
        <translation>¿Eliminar el secreto «%1» del ámbito «%2» del área de trabajo «%3»?</translation>
    </message>
    <message>
        <source>No job, cluster or pipeline that Brickdesk looked at uses it. This cannot be undone.</source>
        <translation>Ningún trabajo, clúster ni canalización de los que Brickdesk revisó lo usa. Esta acción no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>It is used by %n thing(s), which will fail when they next start: %1. This cannot be undone.</source>
        <translation>
            <numerusform>Lo usa %n elemento, que fallará la próxima vez que se inicie: %1. Esta acción no se puede deshacer.</numerusform>
            <numerusform>Lo usan %n elementos, que fallarán la próxima vez que se inicien: %1. Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Secret</source>
        <translation>Eliminar secreto</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Eliminando «%1»…</translation>
    </message>
    <message>
        <source>Deleted “%1” from “%2”.</source>
        <translation>Se eliminó «%1» de «%2».</translation>
    </message>
    <message>
        <source>The secret was not deleted: %1</source>
        <translation>No se eliminó el secreto: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Se copió %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsBrowser</name>
    <message>
        <source>Select a scope or a key</source>
        <translation>Seleccione un ámbito o una clave</translation>
    </message>
    <message>
        <source>A scope shows who may read, write or manage it; a key shows the reference to use in settings and where it is used.</source>
        <translation>Un ámbito muestra quién puede leerlo, escribirlo o administrarlo; una clave muestra la referencia que se usa en la configuración y dónde se usa.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Secret References — %1</source>
        <translation>Referencias de secretos — %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Backend / Updated</source>
        <translation>Backend / Actualizado</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Azure Key Vault</source>
        <translation>Azure Key Vault</translation>
    </message>
    <message>
        <source>Databricks</source>
        <translation>Databricks</translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>menos de 1 día</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure Key Vault scope backed by %1 (%2).
Its secrets are managed in Azure: they cannot be put or deleted here.</source>
        <translation>Ámbito de Azure Key Vault respaldado por %1 (%2).
Sus secretos se administran en Azure: no se pueden guardar ni eliminar aquí.</translation>
    </message>
    <message>
        <source>Databricks-backed scope “%1”</source>
        <translation>Ámbito «%1» respaldado por Databricks</translation>
    </message>
    <message>
        <source>Secret scope, %1</source>
        <translation>Ámbito de secretos, %1</translation>
    </message>
    <message numerus="yes">
        <source>Not updated for more than %n day(s): consider rotating it.</source>
        <translation>
            <numerusform>No se ha actualizado desde hace más de %n día: considere rotarlo.</numerusform>
            <numerusform>No se ha actualizado desde hace más de %n días: considere rotarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Secret, not updated for more than %n day(s)</source>
        <translation>
            <numerusform>Secreto, sin actualizar desde hace más de %n día</numerusform>
            <numerusform>Secreto, sin actualizar desde hace más de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsView</name>
    <message>
        <source>Secret scopes</source>
        <translation>Ámbitos de secretos</translation>
    </message>
    <message>
        <source>This workspace has no secret scopes yet. Create one with New Scope.</source>
        <translation>Esta área de trabajo aún no tiene ámbitos de secretos. Cree uno con Nuevo ámbito.</translation>
    </message>
</context>
<context>
    <name>brickdesk::SignInBanner</name>
    <message>
        <source>Sign In Again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Es necesario iniciar sesión</translation>
    </message>
    <message>
        <source>Your session for %1 has expired. Sign in again to continue; what you were doing resumes afterwards.</source>
        <translation>Su sesión en %1 ha caducado. Vuelva a iniciar sesión para continuar; después se reanudará lo que estaba haciendo.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to %1 in your browser…</source>
        <translation>Esperando el inicio de sesión en %1 en el navegador…</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>No se pudo iniciar sesión en %1: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::StartUpdateDialog</name>
    <message>
        <source>Start Update — %1</source>
        <translation>Iniciar actualización — %1</translation>
    </message>
    <message>
        <source>Start an update of %1</source>
        <translation>Iniciar una actualización de %1</translation>
    </message>
    <message>
        <source>&amp;Refresh all tables</source>
        <translation>&amp;Actualizar todas las tablas</translation>
    </message>
    <message>
        <source>Process what is new in every table</source>
        <translation>Procesar lo nuevo en cada tabla</translation>
    </message>
    <message>
        <source>&amp;Full refresh of all tables</source>
        <translation>Actualización &amp;completa de todas las tablas</translation>
    </message>
    <message>
        <source>Empty every table and recompute it from all its sources</source>
        <translation>Vaciar cada tabla y recalcularla a partir de todos sus orígenes</translation>
    </message>
    <message>
        <source>Refresh &amp;selected tables</source>
        <translation>Actualizar las tablas &amp;seleccionadas</translation>
    </message>
    <message>
        <source>Refresh the tables ticked below, each incrementally or in full</source>
        <translation>Actualizar las tablas marcadas abajo, cada una de forma incremental o completa</translation>
    </message>
    <message>
        <source>&amp;Validate only</source>
        <translation>Solo &amp;validar</translation>
    </message>
    <message>
        <source>Check the pipeline&apos;s code and tables without writing anything</source>
        <translation>Comprobar el código y las tablas de la canalización sin escribir nada</translation>
    </message>
    <message>
        <source>Tables to refresh</source>
        <translation>Tablas que actualizar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Full refresh</source>
        <translation>Actualización completa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The tables could not be read: %1</source>
        <translation>No se pudieron leer las tablas: %1</translation>
    </message>
    <message>
        <source>The pipeline has not run yet, so its tables are not known: refresh all of them or validate first.</source>
        <translation>La canalización aún no se ha ejecutado, así que no se conocen sus tablas: actualícelas todas o valide primero.</translation>
    </message>
    <message>
        <source>Reading the tables of the latest update…</source>
        <translation>Leyendo las tablas de la última actualización…</translation>
    </message>
    <message>
        <source>Refresh %1 with what is new</source>
        <translation>Actualizar %1 con lo nuevo</translation>
    </message>
    <message>
        <source>Empty %1 and recompute it</source>
        <translation>Vaciar %1 y recalcularla</translation>
    </message>
    <message>
        <source>The latest update defined no tables.</source>
        <translation>La última actualización no definió ninguna tabla.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in the latest update.</source>
        <translation>
            <numerusform>%n tabla en la última actualización.</numerusform>
            <numerusform>%n tablas en la última actualización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one table to refresh.</source>
        <translation>Marque al menos una tabla que actualizar.</translation>
    </message>
    <message>
        <source>A full refresh empties every table and recomputes it from all its sources: streaming tables lose data their sources no longer hold, and it takes longer.</source>
        <translation>Una actualización completa vacía cada tabla y la recalcula a partir de todos sus orígenes: las tablas de streaming pierden los datos que sus orígenes ya no contienen, y tarda más.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) will be emptied and recomputed from their sources.</source>
        <translation>
            <numerusform>%n tabla se vaciará y se recalculará a partir de sus orígenes.</numerusform>
            <numerusform>%n tablas se vaciarán y se recalcularán a partir de sus orígenes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::StatusLine</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>brickdesk::TaskGraphView</name>
    <message>
        <source>Task graph</source>
        <translation>Grafo de tareas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Compute: %1</source>
        <translation>Cómputo: %1</translation>
    </message>
    <message>
        <source>Runs if: %1</source>
        <translation>Se ejecuta si: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Después de: %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Estado: %1 (%2)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>No hay tareas.</translation>
    </message>
    <message>
        <source>Tasks: %1.</source>
        <translation>Tareas: %1.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Seleccionada: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, runs first</source>
        <translation>%1, se ejecuta primero</translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1, después de %2</translation>
    </message>
    <message>
        <source>%1, runs if %2</source>
        <translation>%1, se ejecuta si %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::Transfer</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>brickdesk::TransferModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 de %2 bytes</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>brickdesk::TransferPanel</name>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the selected transfers</source>
        <translation>Cancelar las transferencias seleccionadas</translation>
    </message>
    <message>
        <source>Cancel All</source>
        <translation>Cancelar todas</translation>
    </message>
    <message>
        <source>Cancel every transfer that has not finished</source>
        <translation>Cancelar todas las transferencias que no han terminado</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Reintentar fallidas</translation>
    </message>
    <message>
        <source>Run the failed and cancelled transfers again</source>
        <translation>Volver a ejecutar las transferencias fallidas y canceladas</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Quitar terminadas</translation>
    </message>
    <message>
        <source>Remove finished transfers from the list</source>
        <translation>Quitar de la lista las transferencias terminadas</translation>
    </message>
    <message>
        <source>Failures Only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Show only the transfers that failed</source>
        <translation>Mostrar solo las transferencias fallidas</translation>
    </message>
    <message>
        <source>Uploads, downloads, imports and exports appear here.</source>
        <translation>Aquí aparecen las subidas, descargas, importaciones y exportaciones.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 completadas</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en curso</numerusform>
            <numerusform>%n en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::TriggerText</name>
    <message>
        <source>Hourly at %1</source>
        <translation>Cada hora a las %1</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Cada día a las %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation>Mensualmente el día %1 a las %2</translation>
    </message>
    <message>
        <source>Monthly on the last day at %1</source>
        <translation>Mensualmente el último día a las %1</translation>
    </message>
    <message>
        <source>Cron %1, %2</source>
        <translation>Cron %1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>On file arrival</source>
        <translation>Al llegar un archivo</translation>
    </message>
    <message>
        <source>On table update</source>
        <translation>Al actualizarse una tabla</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Desencadenado</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continuo</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>brickdesk::UpdateTimeline</name>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Aún no se ha registrado ningún progreso.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>— %1 after %2.</source>
        <translation>— %1 tras %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s),</source>
        <translation>
            <numerusform>%n flujo,</numerusform>
            <numerusform>%n flujos,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n falló.</numerusform>
            <numerusform>%n fallaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>none failed.</source>
        <translation>ninguno falló.</translation>
    </message>
</context>
<context>
    <name>brickdesk::UpdateTimelineView</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Update timeline</source>
        <translation>Cronología de la actualización</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>Still going after %1</source>
        <translation>Sigue en curso tras %1</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Duró %1</translation>
    </message>
    <message>
        <source>The update ended: %1</source>
        <translation>La actualización terminó: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Queued at %1</source>
        <translation>En cola desde %1</translation>
    </message>
    <message>
        <source>Waited %1 before running</source>
        <translation>Esperó %1 antes de ejecutarse</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En ejecución desde hace %1</translation>
    </message>
    <message>
        <source>Ran for %1</source>
        <translation>Se ejecutó durante %1</translation>
    </message>
    <message>
        <source>Not running yet</source>
        <translation>Aún no se está ejecutando</translation>
    </message>
    <message>
        <source>Did not run</source>
        <translation>No se ejecutó</translation>
    </message>
    <message>
        <source>Output rows: %1</source>
        <translation>Filas de salida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>Error at %1</source>
        <translation>Error en %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No progress recorded for this update yet.</source>
        <translation>Aún no se ha registrado ningún progreso para esta actualización.</translation>
    </message>
    <message>
        <source>Phases and flows</source>
        <translation>Fases y flujos</translation>
    </message>
</context>
<context>
    <name>brickdesk::UserSignIn</name>
    <message numerus="yes">
        <source>Sign-in timed out: the browser did not come back within %n minute(s).</source>
        <translation>
            <numerusform>Se agotó el tiempo de espera del inicio de sesión: el navegador no respondió en %n minuto.</numerusform>
            <numerusform>Se agotó el tiempo de espera del inicio de sesión: el navegador no respondió en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No local port between 8020 and 8040 is free for the sign-in redirect. Close other sign-in windows (the Databricks CLI uses the same ports) and try again.</source>
        <translation>No hay ningún puerto local libre entre 8020 y 8040 para la redirección del inicio de sesión. Cierre otras ventanas de inicio de sesión (la CLI de Databricks usa los mismos puertos) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this sign-in attempt. Try again.</source>
        <translation>La respuesta no coincide con este intento de inicio de sesión. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The workspace refused the sign-in: %1</source>
        <translation>El área de trabajo rechazó el inicio de sesión: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>List the selected folder again (F5)</source>
        <translation>Volver a listar la carpeta seleccionada (F5)</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nueva &amp;carpeta…</translation>
    </message>
    <message>
        <source>Create a folder in the selected folder (Ctrl+Shift+N)</source>
        <translation>Crear una carpeta en la carpeta seleccionada (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected objects from the workspace (Del)</source>
        <translation>Eliminar los objetos seleccionados del área de trabajo (Supr)</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copiar &amp;ruta</translation>
    </message>
    <message>
        <source>Copy the workspace path of the selection (Ctrl+Shift+C)</source>
        <translation>Copiar la ruta del área de trabajo de la selección (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <source>Open the selected object in the workspace web UI</source>
        <translation>Abrir el objeto seleccionado en la interfaz web del área de trabajo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import files or notebooks into the selected folder (Ctrl+I)</source>
        <translation>Importar archivos o notebooks a la carpeta seleccionada (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the selected objects (Ctrl+E)</source>
        <translation>Exportar los objetos seleccionados (Ctrl+E)</translation>
    </message>
    <message>
        <source>Creating the folder “%1”…</source>
        <translation>Creando la carpeta «%1»…</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”: %2</source>
        <translation>No se pudo crear la carpeta «%1»: %2</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>No se pudo abrir %1 en un navegador.</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceConnector</name>
    <message>
        <source>The keychain refused to give out the secret: %1</source>
        <translation>El llavero se negó a proporcionar las credenciales: %1</translation>
    </message>
    <message>
        <source>No personal access token is stored for “%1”. Edit the connection and enter one.</source>
        <translation>No hay ningún token de acceso personal guardado para «%1». Edite la conexión e introduzca uno.</translation>
    </message>
    <message>
        <source>The service principal&apos;s client id or secret is missing for “%1”.</source>
        <translation>Falta el ID de cliente o el secreto de la entidad de servicio de «%1».</translation>
    </message>
    <message>
        <source>Signing in needs a web browser, and none is available.</source>
        <translation>Para iniciar sesión se necesita un navegador web y no hay ninguno disponible.</translation>
    </message>
    <message>
        <source>This connection cannot sign in through the browser.</source>
        <translation>Esta conexión no puede iniciar sesión a través del navegador.</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceDeleter</name>
    <message numerus="yes">
        <source>Counting what is in “%1”… %n found</source>
        <translation>
            <numerusform>Contando el contenido de «%1»… %n encontrado</numerusform>
            <numerusform>Contando el contenido de «%1»… %n encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting what is in “%1”…</source>
        <translation>Contando el contenido de «%1»…</translation>
    </message>
    <message>
        <source>Delete the empty folder “%1” from workspace “%2”?</source>
        <translation>¿Eliminar la carpeta vacía «%1» del área de trabajo «%2»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n objects in it from workspace “%2”?</source>
        <translation>
            <numerusform>¿Eliminar la carpeta «%1» y el %n objeto que contiene del área de trabajo «%2»?</numerusform>
            <numerusform>¿Eliminar la carpeta «%1» y los %n objetos que contiene del área de trabajo «%2»?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the notebook “%1” from workspace “%2”?</source>
        <translation>¿Eliminar el notebook «%1» del área de trabajo «%2»?</translation>
    </message>
    <message>
        <source>Delete the file “%1” from workspace “%2”?</source>
        <translation>¿Eliminar el archivo «%1» del área de trabajo «%2»?</translation>
    </message>
    <message>
        <source>Delete “%1” from workspace “%2”?</source>
        <translation>¿Eliminar «%1» del área de trabajo «%2»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected objects from workspace “%1”?</source>
        <translation>
            <numerusform>¿Eliminar el %n objeto seleccionado del área de trabajo «%1»?</numerusform>
            <numerusform>¿Eliminar los %n objetos seleccionados del área de trabajo «%1»?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %1 selected objects and the %n objects in their folders from workspace “%2”?</source>
        <translation>
            <numerusform>¿Eliminar los %1 objetos seleccionados y el %n objeto de sus carpetas del área de trabajo «%2»?</numerusform>
            <numerusform>¿Eliminar los %1 objetos seleccionados y los %n objetos de sus carpetas del área de trabajo «%2»?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Some folders could not be listed, so there may be more objects: %1</source>
        <translation>No se pudieron listar algunas carpetas, por lo que puede haber más objetos: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n objects…</source>
        <translation>
            <numerusform>Eliminando %n objeto…</numerusform>
            <numerusform>Eliminando %n objetos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>No se pudo eliminar «%1»: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceExportTransfer</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Skipped: %1 already exists</source>
        <translation>Omitida: %1 ya existe</translation>
    </message>
    <message>
        <source>Waiting: %1 already exists</source>
        <translation>En espera: %1 ya existe</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Not exported: %1 is larger than the 10 MB the workspace exports</source>
        <translation>No se exportó: %1 ocupa más de los 10 MB que exporta el área de trabajo</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 ya no existe</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>No se pudo exportar %1: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceFolderExport</name>
    <message numerus="yes">
        <source>Listing… %n object(s)</source>
        <translation>
            <numerusform>Listando… %n objeto</numerusform>
            <numerusform>Listando… %n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Listando…</translation>
    </message>
    <message>
        <source>Could not list a folder: %1</source>
        <translation>No se pudo listar una carpeta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n local folder(s)…</source>
        <translation>
            <numerusform>Creando %n carpeta local…</numerusform>
            <numerusform>Creando %n carpetas locales…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the local folder %1</source>
        <translation>No se pudo crear la carpeta local %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceImportBatch</name>
    <message numerus="yes">
        <source>Import of %n item(s)</source>
        <translation>
            <numerusform>Importación de %n elemento</numerusform>
            <numerusform>Importación de %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating %n folder(s)…</source>
        <translation>
            <numerusform>Creando %n carpeta…</numerusform>
            <numerusform>Creando %n carpetas…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>No se pudo leer %1</translation>
    </message>
    <message numerus="yes">
        <source>Could not create %n folder(s): %1</source>
        <translation>
            <numerusform>No se pudo crear %n carpeta: %1</numerusform>
            <numerusform>No se pudieron crear %n carpetas: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceImportTransfer</name>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Notebook is %1 MB (%2 MB encoded); the workspace accepts at most 10 MB</source>
        <translation>El notebook ocupa %1 MB (%2 MB codificado); el área de trabajo acepta como máximo 10 MB</translation>
    </message>
    <message>
        <source>Replacing %1…</source>
        <translation>Reemplazando %1…</translation>
    </message>
    <message>
        <source>A folder exists at %1; it cannot be replaced by a file</source>
        <translation>Ya hay una carpeta en %1; no se puede reemplazar por un archivo</translation>
    </message>
    <message>
        <source>Skipped: exists at %1</source>
        <translation>Omitida: ya existe en %1</translation>
    </message>
    <message>
        <source>Waiting: %1 already exists</source>
        <translation>En espera: %1 ya existe</translation>
    </message>
    <message>
        <source>A DBC archive cannot replace %1; remove it first or import under another name</source>
        <translation>Un archivo DBC no puede reemplazar %1; quítelo primero o impórtelo con otro nombre</translation>
    </message>
    <message>
        <source>Looking for a free name…</source>
        <translation>Buscando un nombre libre…</translation>
    </message>
    <message>
        <source>No free name for %1</source>
        <translation>No hay ningún nombre libre para %1</translation>
    </message>
    <message>
        <source>Creating folder %1…</source>
        <translation>Creando la carpeta %1…</translation>
    </message>
    <message>
        <source>Could not create the folder for %1: %2</source>
        <translation>No se pudo crear la carpeta para %1: %2</translation>
    </message>
    <message>
        <source>Notebook is %1 MB; the workspace accepts at most 10 MB</source>
        <translation>El notebook ocupa %1 MB; el área de trabajo acepta como máximo 10 MB</translation>
    </message>
    <message>
        <source>No permission to write %1: %2</source>
        <translation>No tiene permiso para escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceModel</name>
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
        <source>Workspace</source>
        <translation>Área de trabajo</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspacePane</name>
    <message>
        <source>%1 (demo, %2)</source>
        <translation>%1 (demostración, %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>No se pudo conectar con %1</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: no conectado</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceTransfers</name>
    <message numerus="yes">
        <source>Importing %n item(s) into %1…</source>
        <translation>
            <numerusform>Importando %n elemento a %1…</numerusform>
            <numerusform>Importando %n elementos a %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Exportando %1 a %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n object(s) to %1…</source>
        <translation>
            <numerusform>Exportando %n objeto a %1…</numerusform>
            <numerusform>Exportando %n objetos a %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) into %1</source>
        <translation>
            <numerusform>Se importó %n elemento a %1</numerusform>
            <numerusform>Se importaron %n elementos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see Transfers)</source>
        <translation>
            <numerusform>%n fallido (ver Transferencias)</numerusform>
            <numerusform>%n fallidos (ver Transferencias)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceView</name>
    <message>
        <source>Workspace</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Esta carpeta está vacía.</translation>
    </message>
</context>
<context>
    <name>brickdesk::emulator::EmulatorClock</name>
    <message>
        <source>Invalid time scale: %1 (expected a number greater than 0, e.g. 10, 0.5 or 1/60)</source>
        <translation>Escala de tiempo no válida: %1 (se esperaba un número mayor que 0, p. ej., 10, 0.5 o 1/60)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open a local demo workspace with sample content (no account needed).</source>
        <translation>Abre un área de trabajo de demostración local con contenido de ejemplo (no se necesita cuenta).</translation>
    </message>
    <message>
        <source>Native desktop console for Databricks workspaces.

Without --demo, Brickdesk reopens the workspaces that were open at the last quit, and the workspace named by the DATABRICKS_HOST and DATABRICKS_TOKEN (or DATABRICKS_CONFIG_PROFILE) environment variables.</source>
        <translation>Consola de escritorio nativa para áreas de trabajo de Databricks.

Sin --demo, Brickdesk vuelve a abrir las áreas de trabajo que estaban abiertas al salir la última vez, así como el área de trabajo indicada por las variables de entorno DATABRICKS_HOST y DATABRICKS_TOKEN (o DATABRICKS_CONFIG_PROFILE).</translation>
    </message>
</context>
</TS>
