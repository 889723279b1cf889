<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation>HTTP-Fehler %1</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a read is not valid.</source>
        <translation>Die Antwort des Servers auf einen Lesevorgang ist ungültig.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to an export is not valid.</source>
        <translation>Die Antwort des Servers auf einen Export ist ungültig.</translation>
    </message>
</context>
<context>
    <name>ClusterRefusal</name>
    <message>
        <source>Could not start “%1”: %2</source>
        <translation>„%1“ konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Could not restart “%1”: %2</source>
        <translation>„%1“ konnte nicht neu gestartet werden: %2</translation>
    </message>
    <message>
        <source>Could not terminate “%1”: %2</source>
        <translation>„%1“ konnte nicht beendet werden: %2</translation>
    </message>
    <message>
        <source>Could not resize “%1”: %2</source>
        <translation>Die Größe von „%1“ konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Could not pin “%1”: %2</source>
        <translation>„%1“ konnte nicht angeheftet werden: %2</translation>
    </message>
    <message>
        <source>Could not unpin “%1”: %2</source>
        <translation>Das Anheften von „%1“ konnte nicht aufgehoben werden: %2</translation>
    </message>
    <message>
        <source>“%1” is already running.</source>
        <translation>„%1“ läuft bereits.</translation>
    </message>
    <message>
        <source>“%1” is already starting.</source>
        <translation>„%1“ wird bereits gestartet.</translation>
    </message>
    <message>
        <source>“%1” is already restarting.</source>
        <translation>„%1“ wird bereits neu gestartet.</translation>
    </message>
    <message>
        <source>“%1” is still terminating: start it again once it has stopped.</source>
        <translation>„%1“ wird noch beendet: Starten Sie den Cluster erneut, sobald er angehalten ist.</translation>
    </message>
    <message>
        <source>“%1” is not running: start it instead.</source>
        <translation>„%1“ läuft nicht: Starten Sie den Cluster stattdessen.</translation>
    </message>
    <message>
        <source>“%1” is still starting: there is nothing to restart yet.</source>
        <translation>„%1“ wird noch gestartet: Es gibt noch nichts neu zu starten.</translation>
    </message>
    <message>
        <source>“%1” is terminating.</source>
        <translation>„%1“ wird beendet.</translation>
    </message>
    <message>
        <source>“%1” is being resized: restart it once that has finished.</source>
        <translation>Die Größe von „%1“ wird geändert: Starten Sie den Cluster neu, sobald das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>“%1” can be resized only while it runs, and it is %2 now.</source>
        <translation>Die Größe von „%1“ kann nur geändert werden, während der Cluster läuft; sein Status ist derzeit „%2“.</translation>
    </message>
    <message>
        <source>“%1” can be edited only while it runs or is terminated, and it is %2 now.</source>
        <translation>„%1“ kann nur bearbeitet werden, während der Cluster läuft oder beendet ist; sein Status ist derzeit „%2“.</translation>
    </message>
    <message>
        <source>“%1” cannot do that while it is %2.</source>
        <translation>Mit „%1“ ist das im Status „%2“ nicht möglich.</translation>
    </message>
</context>
<context>
    <name>ConfigFileReader</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>%1 (workspace “%2”)</source>
        <translation>%1 (Arbeitsbereich „%2“)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Confirm — %1</source>
        <translation>Bestätigen — %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The workspace&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Arbeitsbereichs wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>The workspace did not answer in time. Check the URL, your network and the proxy settings.</source>
        <translation>Der Arbeitsbereich hat nicht rechtzeitig geantwortet. Überprüfen Sie die URL, Ihr Netzwerk und die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The host was not found. Check the workspace URL.</source>
        <translation>Der Host wurde nicht gefunden. Überprüfen Sie die Arbeitsbereichs-URL.</translation>
    </message>
    <message>
        <source>The workspace refused the token: it is wrong, expired or revoked. Create a new one in the workspace&apos;s user settings.</source>
        <translation>Der Arbeitsbereich hat das Token abgelehnt: Es ist falsch, abgelaufen oder widerrufen. Erstellen Sie ein neues in den Benutzereinstellungen des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>No usable credential was sent. Enter a token or sign in.</source>
        <translation>Es wurden keine verwendbaren Zugangsdaten gesendet. Geben Sie ein Token ein oder melden Sie sich an.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
</context>
<context>
    <name>DatabricksConfig</name>
    <message>
        <source>Line %1: “%2” is not a valid section header.</source>
        <translation>Zeile %1: „%2“ ist keine gültige Abschnittsüberschrift.</translation>
    </message>
    <message>
        <source>Line %1 is neither a section nor a key = value pair.</source>
        <translation>Zeile %1 ist weder ein Abschnitt noch ein Paar der Form Schlüssel = Wert.</translation>
    </message>
</context>
<context>
    <name>DbcArchive</name>
    <message>
        <source>Invalid notebook %1 in DBC archive.</source>
        <translation>Ungültiges Notebook %1 im DBC-Archiv.</translation>
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
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>MLflow experiments cannot be exported</source>
        <translation>MLflow-Experimente können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Dashboards cannot be exported here</source>
        <translation>Dashboards können hier nicht exportiert werden</translation>
    </message>
    <message>
        <source>Libraries cannot be exported</source>
        <translation>Bibliotheken können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Objects of type %1 cannot be exported</source>
        <translation>Objekte vom Typ %1 können nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>Fault &quot;%1&quot; must look like &lt;kind&gt;:&lt;path-pattern&gt;[:key=value]...</source>
        <translation>Die Störung „%1“ muss diese Form haben: &lt;Art&gt;:&lt;Pfadmuster&gt;[:Schlüssel=Wert]...</translation>
    </message>
    <message>
        <source>Unknown fault kind &quot;%1&quot; (expected rate-limit, latency, error, drop or malformed).</source>
        <translation>Unbekannte Störungsart „%1“ (erwartet: rate-limit, latency, error, drop oder malformed).</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; must look like key=value.</source>
        <translation>Die Störungsoption „%1“ muss die Form Schlüssel=Wert haben.</translation>
    </message>
    <message>
        <source>Drop mode must be abort or mid-body, not %1.</source>
        <translation>Der drop-Modus muss abort oder mid-body sein, nicht %1.</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; needs a non-negative integer.</source>
        <translation>Die Störungsoption „%1“ erfordert eine nicht negative ganze Zahl.</translation>
    </message>
    <message>
        <source>Fault option &quot;count&quot; must be at least 1.</source>
        <translation>Die Störungsoption „count“ muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Fault option &quot;status&quot; must be a 5xx status, not %1.</source>
        <translation>Die Störungsoption „status“ muss ein 5xx-Status sein, nicht %1.</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; does not apply to %2 faults.</source>
        <translation>Die Störungsoption „%1“ gilt nicht für Störungen der Art %2.</translation>
    </message>
    <message>
        <source>Latency faults need ms=&lt;milliseconds&gt;.</source>
        <translation>Latenzstörungen erfordern ms=&lt;Millisekunden&gt;.</translation>
    </message>
</context>
<context>
    <name>HostUrl</name>
    <message>
        <source>Enter the workspace URL, for example https://adb-1234567890123456.7.azuredatabricks.net.</source>
        <translation>Geben Sie die URL des Arbeitsbereichs ein, zum Beispiel https://adb-1234567890123456.7.azuredatabricks.net.</translation>
    </message>
    <message>
        <source>“%1” is not a valid workspace URL.</source>
        <translation>„%1“ ist keine gültige Arbeitsbereichs-URL.</translation>
    </message>
    <message>
        <source>The workspace URL must start with https://.</source>
        <translation>Die Arbeitsbereichs-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The workspace URL must not contain a user name or password.</source>
        <translation>Die Arbeitsbereichs-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Plain http:// is refused for %1: the token would travel unencrypted. Use https://.</source>
        <translation>Einfaches http:// wird für %1 abgelehnt: Das Token würde unverschlüsselt übertragen. Verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>JobParameterGroup</name>
    <message>
        <source>Job parameters</source>
        <translation>Job-Parameter</translation>
    </message>
    <message>
        <source>Notebook parameters (notebook_params)</source>
        <translation>Notebook-Parameter (notebook_params)</translation>
    </message>
    <message>
        <source>Python arguments (python_params)</source>
        <translation>Python-Argumente (python_params)</translation>
    </message>
    <message>
        <source>Python wheel named parameters (python_named_params)</source>
        <translation>Benannte Python-Wheel-Parameter (python_named_params)</translation>
    </message>
    <message>
        <source>JAR arguments (jar_params)</source>
        <translation>JAR-Argumente (jar_params)</translation>
    </message>
    <message>
        <source>spark-submit arguments (spark_submit_params)</source>
        <translation>spark-submit-Argumente (spark_submit_params)</translation>
    </message>
    <message>
        <source>SQL parameters (sql_params)</source>
        <translation>SQL-Parameter (sql_params)</translation>
    </message>
    <message>
        <source>%1: parameter %2 has no name.</source>
        <translation>%1: Parameter %2 hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice; each name may appear once.</source>
        <translation>%1: „%2“ ist doppelt angegeben; jeder Name darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>%1 would be %2 bytes of JSON; the Jobs API accepts at most %3.</source>
        <translation>%1 wäre %2 Byte JSON; die Jobs-API akzeptiert höchstens %3.</translation>
    </message>
</context>
<context>
    <name>JsonChangeSummary</name>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>the payload is empty; it must be a JSON object</source>
        <translation>die Nutzlast ist leer; sie muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>missing comma (or “}”) before this</source>
        <translation>fehlendes Komma (oder „}“) davor</translation>
    </message>
    <message>
        <source>missing comma (or “]”) before this</source>
        <translation>fehlendes Komma (oder „]“) davor</translation>
    </message>
    <message>
        <source>the payload must be a JSON object, in { }</source>
        <translation>die Nutzlast muss ein JSON-Objekt sein, in { }</translation>
    </message>
    <message>
        <source>unterminated object: a “}” is missing</source>
        <translation>nicht abgeschlossenes Objekt: ein „}“ fehlt</translation>
    </message>
    <message>
        <source>missing colon after the key</source>
        <translation>fehlender Doppelpunkt nach dem Schlüssel</translation>
    </message>
    <message>
        <source>unterminated list: a “]” is missing</source>
        <translation>nicht abgeschlossene Liste: ein „]“ fehlt</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>fehlendes Komma</translation>
    </message>
    <message>
        <source>not a JSON value (strings need double quotes; true, false and null are lower case)</source>
        <translation>kein JSON-Wert (Zeichenketten brauchen doppelte Anführungszeichen; true, false und null werden kleingeschrieben)</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>der Text endet innerhalb einer Zahl</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>keine gültige Zahl</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid character in a string</source>
        <translation>ungültiges Zeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated string: a closing “&quot;” is missing</source>
        <translation>nicht abgeschlossene Zeichenkette: ein schließendes „&quot;“ fehlt</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the payload is too large</source>
        <translation>die Nutzlast ist zu groß</translation>
    </message>
    <message>
        <source>unexpected text after the end of the object</source>
        <translation>unerwarteter Text nach dem Ende des Objekts</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <source>The schema cannot be used: %1</source>
        <translation>Das Schema kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The schema %1 cannot be read: %2</source>
        <translation>Das Schema %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The schema %1 is not a JSON object: %2</source>
        <translation>Das Schema %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>The schema check failed: %1</source>
        <translation>Die Schemaprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unknown field `%1`; Databricks may ignore or reject it</source>
        <translation>unbekanntes Feld `%1`; Databricks ignoriert oder verweigert es möglicherweise</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object, in { }</source>
        <translation>ein Objekt, in { }</translation>
    </message>
    <message>
        <source>a list, in [ ]</source>
        <translation>eine Liste, in [ ]</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>ein anderer Typ</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>the payload</source>
        <translation>die Nutzlast</translation>
    </message>
    <message>
        <source>required field `%1` is missing</source>
        <translation>Pflichtfeld `%1` fehlt</translation>
    </message>
    <message>
        <source>`%1` must be one of %2</source>
        <translation>`%1` muss einer der Werte %2 sein</translation>
    </message>
    <message>
        <source>`%1` must be %2</source>
        <translation>`%1` muss %2 sein</translation>
    </message>
    <message>
        <source>`%1` must be at most %2</source>
        <translation>`%1` darf höchstens %2 sein</translation>
    </message>
    <message>
        <source>`%1` must be less than %2</source>
        <translation>`%1` muss kleiner als %2 sein</translation>
    </message>
    <message>
        <source>`%1` must be at least %2</source>
        <translation>`%1` muss mindestens %2 sein</translation>
    </message>
    <message>
        <source>`%1` must be more than %2</source>
        <translation>`%1` muss größer als %2 sein</translation>
    </message>
    <message numerus="yes">
        <source>`%1` must be at most %n character(s) long</source>
        <translation>
            <numerusform>`%1` darf höchstens %n Zeichen lang sein</numerusform>
            <numerusform>`%1` darf höchstens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message>
        <source>`%1` must not be empty</source>
        <translation>`%1` darf nicht leer sein</translation>
    </message>
    <message numerus="yes">
        <source>`%1` must be at least %n character(s) long</source>
        <translation>
            <numerusform>`%1` muss mindestens %n Zeichen lang sein</numerusform>
            <numerusform>`%1` muss mindestens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` can have at most %n item(s)</source>
        <translation>
            <numerusform>`%1` darf höchstens %n Element haben</numerusform>
            <numerusform>`%1` darf höchstens %n Elemente haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` needs at least %n item(s)</source>
        <translation>
            <numerusform>`%1` braucht mindestens %n Element</numerusform>
            <numerusform>`%1` braucht mindestens %n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` can have at most %n key(s)</source>
        <translation>
            <numerusform>`%1` darf höchstens %n Schlüssel haben</numerusform>
            <numerusform>`%1` darf höchstens %n Schlüssel haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` needs at least %n key(s)</source>
        <translation>
            <numerusform>`%1` braucht mindestens %n Schlüssel</numerusform>
            <numerusform>`%1` braucht mindestens %n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>`%1` does not have the expected format</source>
        <translation>`%1` hat nicht das erwartete Format</translation>
    </message>
    <message>
        <source>`%1` has the same item more than once</source>
        <translation>`%1` enthält dasselbe Element mehrmals</translation>
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
        <translation>Kein Jupyter-Notebook: %1</translation>
    </message>
    <message>
        <source>Only nbformat 4 notebooks are supported.</source>
        <translation>Es werden nur Notebooks im Format nbformat 4 unterstützt.</translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <source>No Keychain Available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>The secret of “%1” cannot be stored: no system keychain is available.</source>
        <translation>Die Zugangsdaten für „%1“ können nicht gespeichert werden: Es ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>Brickdesk keeps secrets only in the system keychain (Secret Service), never in a file. You can use the secret for this session only; you will have to enter it again next time.</source>
        <translation>Brickdesk speichert Zugangsdaten ausschließlich im Schlüsselbund des Systems (Secret Service), niemals in einer Datei. Sie können die Zugangsdaten nur für diese Sitzung verwenden; beim nächsten Mal müssen Sie sie erneut eingeben.</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
</context>
<context>
    <name>LibrarySpec</name>
    <message>
        <source>The repository must be an http:// or https:// URL.</source>
        <translation>Das Repository muss eine http://- oder https://-URL sein.</translation>
    </message>
    <message>
        <source>Enter the path of the %1.</source>
        <translation>Geben Sie den Pfad der %1-Datei ein.</translation>
    </message>
    <message>
        <source>The path must start with /Workspace/, /Volumes/, dbfs:/, s3://, abfss:// or gs://.</source>
        <translation>Der Pfad muss mit /Workspace/, /Volumes/, dbfs:/, s3://, abfss:// oder gs:// beginnen.</translation>
    </message>
    <message>
        <source>The %1 must end with %2.</source>
        <translation>Die %1-Datei muss auf %2 enden.</translation>
    </message>
    <message>
        <source>Enter a package name.</source>
        <translation>Geben Sie einen Paketnamen ein.</translation>
    </message>
    <message>
        <source>The package must not contain spaces (write pandas==2.2.2).</source>
        <translation>Das Paket darf keine Leerzeichen enthalten (schreiben Sie pandas==2.2.2).</translation>
    </message>
    <message>
        <source>Enter the Maven coordinates (group:artifact:version).</source>
        <translation>Geben Sie die Maven-Koordinaten ein (group:artifact:version).</translation>
    </message>
    <message>
        <source>Maven coordinates must be group:artifact:version, for example com.databricks:spark-xml_2.12:0.18.0.</source>
        <translation>Maven-Koordinaten müssen die Form group:artifact:version haben, zum Beispiel com.databricks:spark-xml_2.12:0.18.0.</translation>
    </message>
    <message>
        <source>wheel</source>
        <translation>Wheel</translation>
    </message>
    <message>
        <source>JAR</source>
        <translation>JAR</translation>
    </message>
    <message>
        <source>requirements file</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Unknown library kind.</source>
        <translation>Unbekannte Bibliotheksart.</translation>
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
        <translation>Requirements</translation>
    </message>
    <message>
        <source>CRAN</source>
        <translation>CRAN</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>The proxy “%1” is not a valid address; use host:port or http://host:port.</source>
        <translation>Der Proxy „%1“ ist keine gültige Adresse; verwenden Sie host:port oder http://host:port.</translation>
    </message>
    <message>
        <source>The certificate bundle %1 cannot be read: %2</source>
        <translation>Das Zertifikatsbundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 contains no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>NotebookRenderer</name>
    <message>
        <source>Cell %1</source>
        <translation>Zelle %1</translation>
    </message>
    <message>
        <source>This notebook has no cells.</source>
        <translation>Dieses Notebook hat keine Zellen.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenClient</name>
    <message>
        <source>This workspace does not offer OAuth sign-in (%1).</source>
        <translation>Dieser Arbeitsbereich bietet keine OAuth-Anmeldung an (%1).</translation>
    </message>
    <message>
        <source>The workspace&apos;s OAuth discovery document is incomplete.</source>
        <translation>Das OAuth-Discovery-Dokument des Arbeitsbereichs ist unvollständig.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>Der Token-Endpunkt hat ohne Zugriffstoken geantwortet.</translation>
    </message>
</context>
<context>
    <name>OidcApi</name>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The application is not registered with this workspace.</source>
        <translation>Die Anwendung ist in diesem Arbeitsbereich nicht registriert.</translation>
    </message>
    <message>
        <source>The redirect URL is not allowed for this application.</source>
        <translation>Die Weiterleitungs-URL ist für diese Anwendung nicht zulässig.</translation>
    </message>
</context>
<context>
    <name>PayloadChecker</name>
    <message>
        <source>`%1` is read-only; keep it as %2</source>
        <translation>`%1` ist schreibgeschützt; behalten Sie %2 bei</translation>
    </message>
    <message>
        <source>`%1` is read-only and cannot be set here</source>
        <translation>`%1` ist schreibgeschützt und kann hier nicht gesetzt werden</translation>
    </message>
</context>
<context>
    <name>PayloadKinds</name>
    <message>
        <source>Notebook on a job cluster</source>
        <translation>Notebook auf einem Job-Cluster</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Python-Skript</translation>
    </message>
    <message>
        <source>Multi-task DAG</source>
        <translation>Mehrstufiger DAG</translation>
    </message>
    <message>
        <source>SQL task on a warehouse</source>
        <translation>SQL-Aufgabe auf einem Warehouse</translation>
    </message>
    <message>
        <source>Pipeline refresh</source>
        <translation>Pipeline-Aktualisierung</translation>
    </message>
    <message>
        <source>For each</source>
        <translation>Für jedes</translation>
    </message>
    <message>
        <source>Single node</source>
        <translation>Einzelknoten</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Automatische Skalierung</translation>
    </message>
    <message>
        <source>Fixed size</source>
        <translation>Feste Größe</translation>
    </message>
    <message>
        <source>Serverless, triggered</source>
        <translation>Serverlos, ausgelöst</translation>
    </message>
    <message>
        <source>Classic compute, autoscaling</source>
        <translation>Klassische Rechenressource, automatische Skalierung</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Kontinuierlich</translation>
    </message>
</context>
<context>
    <name>ProfileSources</name>
    <message>
        <source>No token or client credentials are set.</source>
        <translation>Es sind weder ein Token noch Client-Anmeldedaten festgelegt.</translation>
    </message>
    <message>
        <source>The authentication type “%1” is not supported yet.</source>
        <translation>Der Authentifizierungstyp „%1“ wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>DATABRICKS_CONFIG_PROFILE names “%1”, which is not in %2.</source>
        <translation>DATABRICKS_CONFIG_PROFILE verweist auf „%1“, das in %2 nicht vorhanden ist.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>RepairPlan</name>
    <message>
        <source>Nothing will rerun.</source>
        <translation>Nichts wird erneut ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>Will rerun: %1 (%n tasks)</source>
        <translation>
            <numerusform>Wird erneut ausgeführt: %1 (%n Aufgabe)</numerusform>
            <numerusform>Wird erneut ausgeführt: %1 (%n Aufgaben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 is still running; repair it once it has ended.</source>
        <translation>Ausführung %1 läuft noch; reparieren Sie sie, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>No task of run %1 failed; check the tasks to rerun.</source>
        <translation>Keine Aufgabe der Ausführung %1 ist fehlgeschlagen; prüfen Sie die erneut auszuführenden Aufgaben.</translation>
    </message>
    <message>
        <source>Check at least one task to rerun.</source>
        <translation>Markieren Sie mindestens eine erneut auszuführende Aufgabe.</translation>
    </message>
</context>
<context>
    <name>RunDurations</name>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Ausführungen.</translation>
    </message>
    <message>
        <source>Median of the last %1: %2.</source>
        <translation>Median der letzten %1: %2.</translation>
    </message>
    <message>
        <source>%1% slower than the %2 before (%3).</source>
        <translation>%1 % langsamer als die %2 davor (%3).</translation>
    </message>
    <message>
        <source>%1% faster than the %2 before (%3).</source>
        <translation>%1 % schneller als die %2 davor (%3).</translation>
    </message>
    <message>
        <source>The same as the %1 before.</source>
        <translation>Genauso wie die %1 davor.</translation>
    </message>
    <message>
        <source>Failed: %1 of the last %2.</source>
        <translation>Fehlgeschlagen: %1 der letzten %2.</translation>
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
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>RunNowRequest</name>
    <message>
        <source>The job has no job_id.</source>
        <translation>Der Job hat keine job_id.</translation>
    </message>
    <message>
        <source>Check at least one task to run.</source>
        <translation>Markieren Sie mindestens eine auszuführende Aufgabe.</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Waiting for retry</source>
        <translation>Wartet auf Wiederholung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Succeeded with failures</source>
        <translation>Erfolgreich mit Fehlern</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Upstream failed</source>
        <translation>Vorgänger fehlgeschlagen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>TaskGraph</name>
    <message>
        <source>Query %1</source>
        <translation>Abfrage %1</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Warnung %1</translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>Warehouse %1</translation>
    </message>
    <message>
        <source>Job cluster %1</source>
        <translation>Job-Cluster %1</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <source>Serverless (%1)</source>
        <translation>Serverlos (%1)</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverlos</translation>
    </message>
    <message>
        <source>%1 (full refresh)</source>
        <translation>%1 (vollständige Aktualisierung)</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>for each over %1</source>
        <translation>für jedes über %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A task without a task_key is left out.</source>
        <translation>Eine Aufgabe ohne task_key wird ausgelassen.</translation>
    </message>
    <message>
        <source>Task key %1 appears twice; the second is left out.</source>
        <translation>Aufgabenschlüssel %1 kommt doppelt vor; der zweite wird ausgelassen.</translation>
    </message>
    <message>
        <source>Task %1 depends on %2, which is not in the job; that dependency is not drawn.</source>
        <translation>Aufgabe %1 hängt von %2 ab, das nicht im Job ist; diese Abhängigkeit wird nicht gezeichnet.</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <source>The dependency of %1 on %2 closes a cycle and is not drawn.</source>
        <translation>Die Abhängigkeit von %1 von %2 schließt einen Zyklus und wird nicht gezeichnet.</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Python-Skript</translation>
    </message>
    <message>
        <source>Python wheel</source>
        <translation>Python-Wheel</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Run job</source>
        <translation>Job ausführen</translation>
    </message>
    <message>
        <source>For each</source>
        <translation>Für jedes</translation>
    </message>
    <message>
        <source>If/else condition</source>
        <translation>If/Else-Bedingung</translation>
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
        <translation>Spark Submit</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Alle abgeschlossen</translation>
    </message>
    <message>
        <source>None failed</source>
        <translation>Keine fehlgeschlagen</translation>
    </message>
    <message>
        <source>At least one succeeded</source>
        <translation>Mindestens eine erfolgreich</translation>
    </message>
    <message>
        <source>All failed</source>
        <translation>Alle fehlgeschlagen</translation>
    </message>
    <message>
        <source>At least one failed</source>
        <translation>Mindestens eine fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>TriggerText</name>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Alle %n Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Alle %n Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Alle %n Woche</numerusform>
            <numerusform>Alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Alle %n Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) at %1</source>
        <translation>
            <numerusform>Alle %n Stunde um %1</numerusform>
            <numerusform>Alle %n Stunden um %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>Not a ZIP archive.</source>
        <translation>Kein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>Corrupt ZIP central directory.</source>
        <translation>Das zentrale Verzeichnis des ZIP-Archivs ist beschädigt.</translation>
    </message>
    <message>
        <source>Corrupt ZIP entry header.</source>
        <translation>Der Header eines ZIP-Eintrags ist beschädigt.</translation>
    </message>
    <message>
        <source>Truncated ZIP entry.</source>
        <translation>Ein ZIP-Eintrag ist abgeschnitten.</translation>
    </message>
    <message>
        <source>Corrupt deflated ZIP entry.</source>
        <translation>Ein komprimierter (Deflate-)ZIP-Eintrag ist beschädigt.</translation>
    </message>
    <message>
        <source>Unsupported ZIP compression method.</source>
        <translation>Nicht unterstützte ZIP-Komprimierungsmethode.</translation>
    </message>
    <message>
        <source>ZIP entry checksum mismatch.</source>
        <translation>Die Prüfsumme eines ZIP-Eintrags stimmt nicht überein.</translation>
    </message>
</context>
<context>
    <name>brickdesk</name>
    <message>
        <source>Sundays</source>
        <translation>sonntags</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>montags</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>dienstags</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>mittwochs</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>donnerstags</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>freitags</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>samstags</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>werktags</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>am Wochenende</translation>
    </message>
    <message>
        <source>Every %1 %2</source>
        <translation>Jeden %1 %2</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
</context>
<context>
    <name>brickdesk-emulator</name>
    <message>
        <source>Serves an in-memory Databricks workspace on 127.0.0.1.</source>
        <translation>Stellt einen Databricks-Arbeitsbereich im Arbeitsspeicher unter 127.0.0.1 bereit.</translation>
    </message>
    <message>
        <source>TCP port (0 picks a free one).</source>
        <translation>TCP-Port (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>The personal access token to accept.</source>
        <translation>Das zu akzeptierende persönliche Zugriffstoken.</translation>
    </message>
    <message>
        <source>Initial content: demo or empty.</source>
        <translation>Anfangsinhalt: demo oder empty.</translation>
    </message>
    <message>
        <source>Inject a fault, e.g. rate-limit:/api/2.0/workspace/*:retry-after=2:count=3 (kinds: rate-limit, latency, error, drop, malformed). Repeatable.</source>
        <translation>Eine Störung einschleusen, z. B. rate-limit:/api/2.0/workspace/*:retry-after=2:count=3 (Arten: rate-limit, latency, error, drop, malformed). Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Lifetime of issued OAuth access tokens (default 3600).</source>
        <translation>Gültigkeitsdauer ausgestellter OAuth-Zugriffstoken (Standard: 3600).</translation>
    </message>
    <message>
        <source>Accept an OAuth M2M client, e.g. my-client-id:my-secret. Repeatable.</source>
        <translation>Einen OAuth-M2M-Client akzeptieren, z. B. my-client-id:my-secret. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Ungültiger Port: %1</translation>
    </message>
    <message>
        <source>--token is required.</source>
        <translation>--token ist erforderlich.</translation>
    </message>
    <message>
        <source>Unknown seed: %1 (expected demo or empty)</source>
        <translation>Unbekannter Anfangsinhalt: %1 (erwartet: demo oder empty)</translation>
    </message>
    <message>
        <source>Invalid token lifetime: %1</source>
        <translation>Ungültige Token-Gültigkeitsdauer: %1</translation>
    </message>
    <message>
        <source>--service-principal expects ID:SECRET</source>
        <translation>--service-principal erwartet ID:SECRET</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1</source>
        <translation>Lauschen auf 127.0.0.1:%1 nicht möglich</translation>
    </message>
    <message>
        <source>Brickdesk emulator listening on %1</source>
        <translation>Brickdesk-Emulator lauscht auf %1</translation>
    </message>
    <message>
        <source>Files one recursive DBFS delete removes before answering 503 PARTIAL_DELETE (default 100000).</source>
        <translation>Anzahl der Dateien, die ein rekursives DBFS-Löschen entfernt, bevor es mit 503 PARTIAL_DELETE antwortet (Standard: 100000).</translation>
    </message>
    <message>
        <source>Invalid DBFS partial-delete limit: %1</source>
        <translation>Ungültiges Limit für teilweises DBFS-Löschen: %1</translation>
    </message>
    <message>
        <source>Run emulated processes (clusters starting, job runs, pipeline updates) N times faster than real time; fractions such as 0.5 slow them down (default 1).</source>
        <translation>Emulierte Vorgänge (startende Cluster, Job-Ausführungen, Pipeline-Updates) N-mal schneller als in Echtzeit ablaufen lassen; Bruchteile wie 0.5 verlangsamen sie (Standard: 1).</translation>
    </message>
    <message>
        <source>Answer secrets/get with 400 BAD_REQUEST, as the service does for a user outside a notebook.</source>
        <translation>secrets/get mit 400 BAD_REQUEST beantworten, wie es der Dienst für einen Benutzer außerhalb eines Notebooks tut.</translation>
    </message>
</context>
<context>
    <name>brickdesk::AboutDialog</name>
    <message>
        <source>About Brickdesk</source>
        <translation>Über Brickdesk</translation>
    </message>
    <message>
        <source>Brickdesk</source>
        <translation>Brickdesk</translation>
    </message>
    <message>
        <source>Version %1 · Qt %2 (built with %3)</source>
        <translation>Version %1 · Qt %2 (erstellt mit %3)</translation>
    </message>
    <message>
        <source>A native desktop console for administering Databricks workspaces: the workspace tree, jobs, clusters, DBFS, secrets and pipelines, through the public REST API.</source>
        <translation>Eine native Desktop-Konsole zur Verwaltung von Databricks-Arbeitsbereichen: Arbeitsbereichsstruktur, Jobs, Cluster, DBFS, Secrets und Pipelines – über die öffentliche REST-API.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0. Databricks is a trademark of Databricks, Inc.; Brickdesk is not affiliated with it.</source>
        <translation>Lizenziert unter der Apache License, Version 2.0. Databricks ist eine Marke von Databricks, Inc.; Brickdesk steht in keiner Verbindung zu Databricks, Inc.</translation>
    </message>
</context>
<context>
    <name>brickdesk::AclLevelDelegate</name>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
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
        <translation>%1 für „%2“ (%3)</translation>
    </message>
    <message>
        <source>Add Principal…</source>
        <translation>Prinzipal hinzufügen…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Secret Scope Permissions — %1</source>
        <translation>Berechtigungen der Secret-Scopes — %1</translation>
    </message>
    <message>
        <source>Secret scope permissions of %1</source>
        <translation>Berechtigungen der Secret-Scopes von %1</translation>
    </message>
    <message>
        <source>Permissions by principal and scope</source>
        <translation>Berechtigungen nach Prinzipal und Scope</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add principal</source>
        <translation>Prinzipal hinzufügen</translation>
    </message>
    <message>
        <source>The secret scopes could not be listed: %1</source>
        <translation>Die Secret-Scopes konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Reading the permissions of every scope…</source>
        <translation>Die Berechtigungen aller Scopes werden gelesen…</translation>
    </message>
    <message>
        <source>Read the permissions of 1 scope.</source>
        <translation>Die Berechtigungen von 1 Scope wurden gelesen.</translation>
    </message>
    <message>
        <source>Read the permissions of %1 scopes.</source>
        <translation>Die Berechtigungen von %1 Scopes wurden gelesen.</translation>
    </message>
    <message>
        <source>1 scope cannot be read: its permissions need Manage.</source>
        <translation>1 Scope kann nicht gelesen werden: Seine Berechtigungen sind nur mit „Verwalten“ lesbar.</translation>
    </message>
    <message>
        <source>%1 scopes cannot be read: their permissions need Manage.</source>
        <translation>%1 Scopes können nicht gelesen werden: Ihre Berechtigungen sind nur mit „Verwalten“ lesbar.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Writing %1 of %2…</source>
        <translation>%1 von %2 wird geschrieben…</translation>
    </message>
    <message>
        <source>Every change was written.</source>
        <translation>Alle Änderungen wurden geschrieben.</translation>
    </message>
    <message>
        <source>1 change failed: %1</source>
        <translation>1 Änderung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 changes failed: %2</source>
        <translation>%1 Änderungen sind fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>They have not been written to the workspace.</source>
        <translation>Sie wurden nicht in den Arbeitsbereich geschrieben.</translation>
    </message>
    <message>
        <source>Discard 1 permission change in “%1” and read every scope again?</source>
        <translation>1 Berechtigungsänderung in „%1“ verwerfen und alle Scopes erneut lesen?</translation>
    </message>
    <message>
        <source>Discard %1 permission changes in “%2” and read every scope again?</source>
        <translation>%1 Berechtigungsänderungen in „%2“ verwerfen und alle Scopes erneut lesen?</translation>
    </message>
    <message>
        <source>Discard 1 permission change in “%1”?</source>
        <translation>1 Berechtigungsänderung in „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Discard %1 permission changes in “%2”?</source>
        <translation>%1 Berechtigungsänderungen in „%2“ verwerfen?</translation>
    </message>
</context>
<context>
    <name>brickdesk::AclMatrixModel</name>
    <message>
        <source>The permissions on “%1” cannot be read: %2</source>
        <translation>Die Berechtigungen für „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no permission on “%2”</source>
        <translation>%1 hat keine Berechtigung für „%2“</translation>
    </message>
    <message>
        <source>%1: %2 on “%3”</source>
        <translation>%1: %2 für „%3“</translation>
    </message>
    <message>
        <source>pending (now: %1)</source>
        <translation>ausstehend (derzeit: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Writing it failed: %1</source>
        <translation>Das Schreiben ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (unreadable)</source>
        <translation>%1 (nicht lesbar)</translation>
    </message>
    <message>
        <source>The permissions on “%1” cannot be read, so they cannot be changed here: %2</source>
        <translation>Die Berechtigungen für „%1“ können nicht gelesen und daher hier nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Reading the permissions on “%1”…</source>
        <translation>Berechtigungen für „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>“%1”: an Azure Key Vault backed scope</source>
        <translation>„%1“: ein durch Azure Key Vault gestützter Scope</translation>
    </message>
    <message>
        <source>“%1”: a Databricks scope</source>
        <translation>„%1“: ein Databricks-Scope</translation>
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
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>brickdesk::ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove all calls from the list</source>
        <translation>Alle Aufrufe aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Aufrufe: %1</translation>
    </message>
    <message>
        <source> · in flight: %1</source>
        <translation> · laufend: %1</translation>
    </message>
    <message>
        <source> · failed: %1</source>
        <translation> · fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::ApiCall</name>
    <message>
        <source> — certificate for “%1”, issued by “%2”, valid %3 to %4, SHA-256 %5</source>
        <translation> — Zertifikat für „%1“, ausgestellt von „%2“, gültig von %3 bis %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of API data. A proxy, a private-link rule or a sign-in page may be in the way.</source>
        <translation>Der Server hat statt API-Daten eine Webseite geliefert. Möglicherweise steht ein Proxy, eine Private-Link-Regel oder eine Anmeldeseite im Weg.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at offset %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 an Position %2).</translation>
    </message>
    <message numerus="yes">
        <source>No data was received for %n second(s).</source>
        <translation>
            <numerusform>Seit %n Sekunde wurden keine Daten empfangen.</numerusform>
            <numerusform>Seit %n Sekunden wurden keine Daten empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the workspace URL and your network connection.</source>
        <translation>Der Host %1 wurde nicht gefunden. Überprüfen Sie die Arbeitsbereichs-URL und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Der Server hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Signing in to the workspace failed.</source>
        <translation>Die Anmeldung beim Arbeitsbereich ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request was cancelled because its view was closed.</source>
        <translation>Die Anfrage wurde abgebrochen, weil die zugehörige Ansicht geschlossen wurde.</translation>
    </message>
    <message>
        <source>The local file to send could not be read.</source>
        <translation>Die zu sendende lokale Datei konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>brickdesk::AreaActions</name>
    <message>
        <source>Per&amp;missions…</source>
        <translation>Berechti&amp;gungen…</translation>
    </message>
    <message>
        <source>See who may use the selection and change it; several objects get one grant</source>
        <translation>Anzeigen, wer die Auswahl verwenden darf, und dies ändern; mehrere Objekte erhalten eine gemeinsame Berechtigung</translation>
    </message>
</context>
<context>
    <name>brickdesk::AreaPage</name>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
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
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterCatalog</name>
    <message numerus="yes">
        <source>%n cores, %1 GB</source>
        <translation>
            <numerusform>%n Kern, %1 GB</numerusform>
            <numerusform>%n Kerne, %1 GB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n GPUs</source>
        <translation>
            <numerusform>, %n GPU</numerusform>
            <numerusform>, %n GPUs</numerusform>
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
        <translation>Von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n Worker</numerusform>
            <numerusform>%n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Automatische Skalierung</translation>
    </message>
    <message>
        <source>User request</source>
        <translation>Benutzeranforderung</translation>
    </message>
    <message>
        <source>Automatic recovery</source>
        <translation>Automatische Wiederherstellung</translation>
    </message>
    <message>
        <source>Replacing bad nodes</source>
        <translation>Fehlerhafte Knoten werden ersetzt</translation>
    </message>
    <message>
        <source>Init script failed: %1</source>
        <translation>Init-Skript fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n init script(s) succeeded</source>
        <translation>
            <numerusform>%n Init-Skript erfolgreich</numerusform>
            <numerusform>%n Init-Skripte erfolgreich</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding nodes failed</source>
        <translation>Hinzufügen von Knoten fehlgeschlagen</translation>
    </message>
    <message>
        <source>Automatic update</source>
        <translation>Automatische Aktualisierung</translation>
    </message>
    <message>
        <source>Autoscaling backed off</source>
        <translation>Automatische Skalierung zurückgestellt</translation>
    </message>
    <message>
        <source>Autoscaling failed</source>
        <translation>Automatische Skalierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Autoscaling report</source>
        <translation>Bericht der automatischen Skalierung</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>DBFS down</source>
        <translation>DBFS nicht verfügbar</translation>
    </message>
    <message>
        <source>Disk not expanded</source>
        <translation>Datenträger nicht erweitert</translation>
    </message>
    <message>
        <source>Driver healthy</source>
        <translation>Driver fehlerfrei</translation>
    </message>
    <message>
        <source>Driver not responding</source>
        <translation>Driver reagiert nicht</translation>
    </message>
    <message>
        <source>Driver unavailable</source>
        <translation>Driver nicht verfügbar</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Disk expanded</source>
        <translation>Datenträger erweitert</translation>
    </message>
    <message>
        <source>Disk expansion failed</source>
        <translation>Datenträgererweiterung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Init scripts finished</source>
        <translation>Init-Skripte abgeschlossen</translation>
    </message>
    <message>
        <source>Init scripts started</source>
        <translation>Init-Skripte gestartet</translation>
    </message>
    <message>
        <source>Metastore down</source>
        <translation>Metastore nicht verfügbar</translation>
    </message>
    <message>
        <source>Nodes lost</source>
        <translation>Knoten verloren</translation>
    </message>
    <message>
        <source>Node excluded</source>
        <translation>Knoten ausgeschlossen</translation>
    </message>
    <message>
        <source>Node decommissioned</source>
        <translation>Knoten außer Betrieb genommen</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Resized</source>
        <translation>Größe geändert</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Wird neu gestartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Spark exception</source>
        <translation>Spark-Ausnahme</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Unpinned</source>
        <translation>Nicht mehr angeheftet</translation>
    </message>
    <message>
        <source>Upsize completed</source>
        <translation>Vergrößerung abgeschlossen</translation>
    </message>
    <message>
        <source>Inactivity</source>
        <translation>Inaktivität</translation>
    </message>
    <message>
        <source>Inactivity (idle for %1 minutes)</source>
        <translation>Inaktivität (%1 Minuten im Leerlauf)</translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation>Job beendet</translation>
    </message>
    <message>
        <source>Init script failure</source>
        <translation>Init-Skript-Fehler</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From %1 to %2 workers</source>
        <translation>Von %1 auf %2 Worker</translation>
    </message>
    <message>
        <source>%1 of %2 workers</source>
        <translation>%1 von %2 Workern</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterPane</name>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>Größe wird geändert</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Init scripts</source>
        <translation>Init-Skripte</translation>
    </message>
    <message>
        <source>Driver health</source>
        <translation>Driver-Zustand</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
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
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Single user</source>
        <translation>Einzelbenutzer</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam genutzt</translation>
    </message>
    <message>
        <source>No isolation shared</source>
        <translation>Gemeinsam genutzt ohne Isolation</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Dediziert</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Table ACL (legacy)</source>
        <translation>Tabellen-ACL (Legacy)</translation>
    </message>
    <message>
        <source>Credential passthrough (legacy)</source>
        <translation>Zugangsdaten-Passthrough (Legacy)</translation>
    </message>
    <message>
        <source>Single user with passthrough (legacy)</source>
        <translation>Einzelbenutzer mit Passthrough (Legacy)</translation>
    </message>
    <message>
        <source>Single user, standard (legacy)</source>
        <translation>Einzelbenutzer, Standard (Legacy)</translation>
    </message>
    <message>
        <source>Load More Events</source>
        <translation>Weitere Ereignisse laden</translation>
    </message>
    <message>
        <source>&amp;Install Library…</source>
        <translation>Bibliothek &amp;installieren…</translation>
    </message>
    <message>
        <source>&amp;Uninstall Library</source>
        <translation>Bibliothek &amp;deinstallieren</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>Cluster-Name</translation>
    </message>
    <message>
        <source>Cluster state and id</source>
        <translation>Cluster-Status und -ID</translation>
    </message>
    <message>
        <source>Cluster details</source>
        <translation>Cluster-Details</translation>
    </message>
    <message>
        <source>Cluster configuration</source>
        <translation>Cluster-Konfiguration</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Show events of kind</source>
        <translation>Ereignisse dieser Art anzeigen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Cluster events</source>
        <translation>Cluster-Ereignisse</translation>
    </message>
    <message>
        <source>Load more events</source>
        <translation>Weitere Ereignisse laden</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Install a library on this cluster</source>
        <translation>Eine Bibliothek auf diesem Cluster installieren</translation>
    </message>
    <message>
        <source>Uninstall the selected library when the cluster restarts</source>
        <translation>Die ausgewählte Bibliothek beim Neustart des Clusters deinstallieren</translation>
    </message>
    <message>
        <source>Install library</source>
        <translation>Bibliothek installieren</translation>
    </message>
    <message>
        <source>Uninstall library</source>
        <translation>Bibliothek deinstallieren</translation>
    </message>
    <message>
        <source>Cluster libraries</source>
        <translation>Cluster-Bibliotheken</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Could not read the events of “%1”: %2</source>
        <translation>Die Ereignisse von „%1“ konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No libraries are installed on this cluster.</source>
        <translation>Auf diesem Cluster sind keine Bibliotheken installiert.</translation>
    </message>
    <message>
        <source>Could not read the libraries: %1</source>
        <translation>Die Bibliotheken konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the libraries of “%1”: %2</source>
        <translation>Die Bibliotheken von „%1“ konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>Kein Cluster ausgewählt</translation>
    </message>
    <message>
        <source>Select a cluster to see its configuration, events, workers and libraries.</source>
        <translation>Wählen Sie einen Cluster aus, um seine Konfiguration, Ereignisse, Worker und Bibliotheken zu sehen.</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>erstellt von %1</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>Instance pool</source>
        <translation>Instanzpool</translation>
    </message>
    <message>
        <source>Driver type</source>
        <translation>Driver-Typ</translation>
    </message>
    <message>
        <source>Worker type</source>
        <translation>Worker-Typ</translation>
    </message>
    <message>
        <source>Autoscaling from %1 to %2 workers</source>
        <translation>Automatische Skalierung von %1 bis %2 Workern</translation>
    </message>
    <message>
        <source>None (single node)</source>
        <translation>Keine (Einzelknoten)</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n Worker</numerusform>
            <numerusform>%n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminates</source>
        <translation>Automatische Beendigung</translation>
    </message>
    <message>
        <source>After %1 minutes idle</source>
        <translation>Nach %1 Minuten Leerlauf</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Zugriffsmodus</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Runtime engine</source>
        <translation>Runtime-Engine</translation>
    </message>
    <message>
        <source>Photon</source>
        <translation>Photon</translation>
    </message>
    <message>
        <source>Spark configuration</source>
        <translation>Spark-Konfiguration</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Custom tags</source>
        <translation>Benutzerdefinierte Tags</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s)</source>
        <translation>
            <numerusform>%n Skript</numerusform>
            <numerusform>%n Skripte</numerusform>
        </translation>
    </message>
    <message>
        <source>Log delivery</source>
        <translation>Protokollübermittlung</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt über</translation>
    </message>
    <message>
        <source>UI</source>
        <translation>Weboberfläche</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>Ereignisse werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the events: %1</source>
        <translation>Die Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No events of this kind.</source>
        <translation>Keine Ereignisse dieser Art.</translation>
    </message>
    <message>
        <source>Installing %1 on “%2”…</source>
        <translation>%1 wird auf „%2“ installiert…</translation>
    </message>
    <message>
        <source>Uninstall %1 from “%2” in %3?</source>
        <translation>%1 von „%2“ in %3 deinstallieren?</translation>
    </message>
    <message>
        <source>It takes effect when the cluster restarts: until then the library stays installed and is listed as “Uninstall on restart”.</source>
        <translation>Dies wird beim Neustart des Clusters wirksam: Bis dahin bleibt die Bibliothek installiert und wird als „Beim Neustart deinstallieren“ aufgeführt.</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>Deinstallieren</translation>
    </message>
    <message>
        <source>Could not uninstall %1 from “%2”: %3</source>
        <translation>%1 konnte nicht von „%2“ deinstalliert werden: %3</translation>
    </message>
    <message>
        <source>%1 will be uninstalled from “%2” when it restarts.</source>
        <translation>%1 wird beim nächsten Neustart von „%2“ deinstalliert.</translation>
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
        <translation>Schreibt den Schlüssel der Runtime in spark_version</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>Knotentyp</translation>
    </message>
    <message>
        <source>Writes the node type into node_type_id</source>
        <translation>Schreibt den Knotentyp in node_type_id</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>R&amp;untime:</translation>
    </message>
    <message>
        <source>&amp;Node type:</source>
        <translation>&amp;Knotentyp:</translation>
    </message>
    <message>
        <source>Choose a runtime…</source>
        <translation>Runtime auswählen…</translation>
    </message>
    <message>
        <source>Loading runtimes…</source>
        <translation>Runtimes werden geladen…</translation>
    </message>
    <message>
        <source>Choose a node type…</source>
        <translation>Knotentyp auswählen…</translation>
    </message>
    <message>
        <source>Loading node types…</source>
        <translation>Knotentypen werden geladen…</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterWorkersChart</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Workers over time</source>
        <translation>Worker im Zeitverlauf</translation>
    </message>
    <message>
        <source>No sizing events yet.
The number of workers shows here once the cluster has started or resized.</source>
        <translation>Noch keine Größenereignisse.
Die Anzahl der Worker wird hier angezeigt, sobald der Cluster gestartet oder seine Größe geändert wurde.</translation>
    </message>
    <message>
        <source>No sizing events yet.</source>
        <translation>Noch keine Größenereignisse.</translation>
    </message>
    <message>
        <source>%1 workers throughout the last %2; now %3</source>
        <translation>Durchgehend %1 Worker über die letzten %2; jetzt %3</translation>
    </message>
    <message>
        <source>Between %1 and %2 workers over the last %3; now %4</source>
        <translation>Zwischen %1 und %2 Workern über die letzten %3; jetzt %4</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersActions</name>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>&amp;Neuer Cluster…</translation>
    </message>
    <message>
        <source>Create a cluster from a template in the JSON editor</source>
        <translation>Einen Cluster aus einer Vorlage im JSON-Editor erstellen</translation>
    </message>
    <message>
        <source>&amp;Edit Cluster…</source>
        <translation>Cluster &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the cluster&apos;s configuration as JSON; the changes are shown before they are saved</source>
        <translation>Die Konfiguration des Clusters als JSON bearbeiten; die Änderungen werden vor dem Speichern angezeigt</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the terminated cluster with its configuration</source>
        <translation>Den beendeten Cluster mit seiner Konfiguration starten</translation>
    </message>
    <message>
        <source>Res&amp;tart…</source>
        <translation>Neu s&amp;tarten…</translation>
    </message>
    <message>
        <source>Restart the running cluster</source>
        <translation>Den laufenden Cluster neu starten</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>B&amp;eenden…</translation>
    </message>
    <message>
        <source>Stop the cluster; its configuration is kept</source>
        <translation>Den Cluster anhalten; seine Konfiguration bleibt erhalten</translation>
    </message>
    <message>
        <source>Resi&amp;ze…</source>
        <translation>&amp;Größe ändern…</translation>
    </message>
    <message>
        <source>Change the number of workers or the autoscale range</source>
        <translation>Die Anzahl der Worker oder den Bereich der automatischen Skalierung ändern</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>Keep the cluster in the list after it has been terminated for 30 days</source>
        <translation>Den Cluster auch dann in der Liste behalten, wenn er seit 30 Tagen beendet ist</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>Endgültig &amp;löschen…</translation>
    </message>
    <message>
        <source>Terminate the cluster and remove it with its configuration</source>
        <translation>Den Cluster beenden und samt seiner Konfiguration entfernen</translation>
    </message>
    <message>
        <source>Copy Cluster &amp;ID</source>
        <translation>Cluster-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the cluster&apos;s id to the clipboard</source>
        <translation>Die ID des Clusters in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im Bro&amp;wser öffnen</translation>
    </message>
    <message>
        <source>Show the cluster in the web UI</source>
        <translation>Den Cluster in der Weboberfläche anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the clusters again</source>
        <translation>Die Cluster erneut auflisten</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Anheften &amp;aufheben</translation>
    </message>
    <message>
        <source>Let the cluster leave the list 30 days after it terminates</source>
        <translation>Den Cluster 30 Tage nach seiner Beendigung aus der Liste verschwinden lassen</translation>
    </message>
    <message>
        <source>A job cluster starts with its job run; it cannot be started on its own</source>
        <translation>Ein Job-Cluster startet mit seiner Job-Ausführung; er kann nicht eigenständig gestartet werden</translation>
    </message>
    <message>
        <source>New Cluster in %1</source>
        <translation>Neuer Cluster in %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Created cluster “%1”; it is starting.</source>
        <translation>Cluster „%1“ wurde erstellt; er wird gestartet.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the cluster: %1</source>
        <translation>Der Cluster konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Edit Cluster “%1” in %2</source>
        <translation>Cluster „%1“ in %2 bearbeiten</translation>
    </message>
    <message>
        <source>Save and Restart</source>
        <translation>Speichern und neu starten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>“%1” is running: saving restarts it, and notebooks and jobs running on it are interrupted.</source>
        <translation>„%1“ läuft: Beim Speichern wird der Cluster neu gestartet, und darauf laufende Notebooks und Jobs werden unterbrochen.</translation>
    </message>
    <message>
        <source>Saved “%1”; it is restarting.</source>
        <translation>„%1“ gespeichert; der Cluster wird neu gestartet.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation>„%1“ wird gestartet…</translation>
    </message>
    <message>
        <source>“%1” is starting.</source>
        <translation>„%1“ wird gestartet.</translation>
    </message>
    <message>
        <source>Restart cluster “%1” in %2?</source>
        <translation>Cluster „%1“ in %2 neu starten?</translation>
    </message>
    <message>
        <source>Notebooks and jobs running on it are interrupted and their state is lost. Libraries marked for removal are removed.</source>
        <translation>Darauf laufende Notebooks und Jobs werden unterbrochen, und ihr Zustand geht verloren. Zum Entfernen markierte Bibliotheken werden entfernt.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Restarting “%1”…</source>
        <translation>„%1“ wird neu gestartet…</translation>
    </message>
    <message>
        <source>“%1” is restarting.</source>
        <translation>„%1“ wird neu gestartet.</translation>
    </message>
    <message>
        <source>Terminate cluster “%1” in %2?</source>
        <translation>Cluster „%1“ in %2 beenden?</translation>
    </message>
    <message>
        <source>Everything running on it stops and the state of its notebooks is lost. Its configuration and libraries are kept: Start brings it back.</source>
        <translation>Alles, was darauf läuft, wird angehalten, und der Zustand seiner Notebooks geht verloren. Konfiguration und Bibliotheken bleiben erhalten: „Starten“ bringt den Cluster zurück.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Terminating “%1”…</source>
        <translation>„%1“ wird beendet…</translation>
    </message>
    <message>
        <source>“%1” is terminating.</source>
        <translation>„%1“ wird beendet.</translation>
    </message>
    <message>
        <source>Resizing “%1”…</source>
        <translation>Größe von „%1“ wird geändert…</translation>
    </message>
    <message>
        <source>Saved the new size of “%1”.</source>
        <translation>Die neue Größe von „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Pinning “%1”…</source>
        <translation>„%1“ wird angeheftet…</translation>
    </message>
    <message>
        <source>Unpinning “%1”…</source>
        <translation>Anheften von „%1“ wird aufgehoben…</translation>
    </message>
    <message>
        <source>Pinned “%1”.</source>
        <translation>„%1“ angeheftet.</translation>
    </message>
    <message>
        <source>Unpinned “%1”.</source>
        <translation>Anheften von „%1“ aufgehoben.</translation>
    </message>
    <message>
        <source>Permanently delete cluster “%1” (%2) from %3?</source>
        <translation>Cluster „%1“ (%2) endgültig aus %3 löschen?</translation>
    </message>
    <message>
        <source>It is terminated if it runs, and its configuration, libraries and event history are removed. This cannot be undone; jobs and notebooks that name it will no longer find it.</source>
        <translation>Falls er läuft, wird er beendet, und seine Konfiguration, Bibliotheken und sein Ereignisverlauf werden entfernt. Dies kann nicht rückgängig gemacht werden; Jobs und Notebooks, die ihn angeben, finden ihn dann nicht mehr.</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleted cluster “%1”.</source>
        <translation>Cluster „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Copied cluster id %1.</source>
        <translation>Cluster-ID %1 kopiert.</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>%1 konnte nicht in einem Browser geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersBrowser</name>
    <message>
        <source>&amp;Job clusters</source>
        <translation>&amp;Job-Cluster</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>No clusters here yet. New Cluster creates one from a template.</source>
        <translation>Noch keine Cluster vorhanden. „Neuer Cluster“ erstellt einen aus einer Vorlage.</translation>
    </message>
    <message>
        <source>Cluster actions</source>
        <translation>Cluster-Aktionen</translation>
    </message>
    <message>
        <source>Show clusters in state</source>
        <translation>Cluster mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Starting or changing</source>
        <translation>Wird gestartet oder geändert</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Show job clusters</source>
        <translation>Job-Cluster anzeigen</translation>
    </message>
    <message>
        <source>Also list the clusters that job runs and pipelines created for themselves</source>
        <translation>Auch die Cluster auflisten, die Job-Ausführungen und Pipelines für sich selbst erstellt haben</translation>
    </message>
    <message>
        <source>Filter clusters by name</source>
        <translation>Cluster nach Name filtern</translation>
    </message>
    <message>
        <source>Could not list the clusters: %1</source>
        <translation>Die Cluster konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>Knotentyp</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>Beendigungsgrund</translation>
    </message>
    <message>
        <source>%1–%2 (autoscale)</source>
        <translation>%1–%2 (automatische Skalierung)</translation>
    </message>
    <message>
        <source>Single node</source>
        <translation>Einzelknoten</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Wird neu gestartet</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>Größe wird geändert</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Stopped after a period of inactivity</source>
        <translation>Nach einer Zeit der Inaktivität beendet</translation>
    </message>
    <message>
        <source>Stopped after %1 minutes of inactivity</source>
        <translation>Nach %1 Minuten Inaktivität beendet</translation>
    </message>
    <message>
        <source>Terminated by a user</source>
        <translation>Von einem Benutzer beendet</translation>
    </message>
    <message>
        <source>Terminated by %1</source>
        <translation>Von %1 beendet</translation>
    </message>
    <message>
        <source>Its job run finished</source>
        <translation>Sein Job-Lauf ist beendet</translation>
    </message>
    <message>
        <source>An init script failed</source>
        <translation>Ein Init-Skript ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 · pinned</source>
        <translation>%1 · angeheftet</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>cluster state inside a sentence</comment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <comment>cluster state inside a sentence</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>restarting</source>
        <comment>cluster state inside a sentence</comment>
        <translation>im Neustart</translation>
    </message>
    <message>
        <source>resizing</source>
        <comment>cluster state inside a sentence</comment>
        <translation>in der Größenänderung</translation>
    </message>
    <message>
        <source>terminating</source>
        <comment>cluster state inside a sentence</comment>
        <translation>im Beenden</translation>
    </message>
    <message>
        <source>terminated</source>
        <comment>cluster state inside a sentence</comment>
        <translation>beendet</translation>
    </message>
    <message>
        <source>in an error state</source>
        <comment>cluster state inside a sentence</comment>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>in state %1</source>
        <comment>cluster state inside a sentence</comment>
        <translation>im Zustand %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersPage</name>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConflictDialog</name>
    <message>
        <source>Already exists</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” already exists.&lt;/b&gt;</source>
        <translation>&lt;b&gt;„%1“ ist bereits vorhanden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Overwriting replaces it only once the new copy is complete.</source>
        <translation>Beim Überschreiben wird das Vorhandene erst ersetzt, wenn die neue Kopie vollständig ist.</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the %n other conflict(s) and any later ones</source>
        <translation>
            <numerusform>Dasselbe für den %n weiteren Konflikt und alle späteren tun</numerusform>
            <numerusform>Dasselbe für die %n weiteren Konflikte und alle späteren tun</numerusform>
        </translation>
    </message>
    <message>
        <source>Do the same for any later conflicts in this transfer</source>
        <translation>Dasselbe für alle späteren Konflikte dieser Übertragung tun</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>Beide &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Übers&amp;pringen</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConnectionManagerDialog</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a workspace profile</source>
        <translation>Arbeitsbereichsprofil hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Start a new profile from this one</source>
        <translation>Neues Profil auf Basis dieses Profils anlegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this profile and its secrets</source>
        <translation>Dieses Profil und seine Zugangsdaten entfernen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Copy this profile into Brickdesk; its secret goes to the keychain and the file stays as it is</source>
        <translation>Dieses Profil in Brickdesk übernehmen; seine Zugangsdaten kommen in den Schlüsselbund, die Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Its secret is kept in memory for this session only.</source>
        <translation>Die Zugangsdaten werden nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>From the DATABRICKS_* environment variables. Used for this session only; nothing is saved.</source>
        <translation>Aus den Umgebungsvariablen DATABRICKS_*. Wird nur für diese Sitzung verwendet; es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>From %1. Import it to edit it and keep its secret in the keychain; the file is not changed.</source>
        <translation>Aus %1. Importieren Sie es, um es zu bearbeiten und seine Zugangsdaten im Schlüsselbund abzulegen; die Datei wird nicht geändert.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>A new workspace. Enter its URL and how to sign in, then Save.</source>
        <translation>Ein neuer Arbeitsbereich. Geben Sie die URL und die Anmeldeart ein und klicken Sie dann auf „Speichern“.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>A copy of “%1”, not saved yet.</source>
        <translation>Eine Kopie von „%1“, noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>This also deletes its secrets (token, client secret, refresh token) from the system keychain. The workspace itself is not changed.</source>
        <translation>Dabei werden auch seine Zugangsdaten (Token, Client-Secret, Aktualisierungstoken) aus dem Schlüsselbund des Systems gelöscht. Der Arbeitsbereich selbst wird nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was removed, but its secrets could not be deleted from the keychain: %2</source>
        <translation>„%1“ wurde entfernt, aber seine Zugangsdaten konnten nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Not saved: no keychain is available for the secret.</source>
        <translation>Nicht gespeichert: Für die Zugangsdaten ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>Die Zugangsdaten konnten nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 (demo workspace)</source>
        <translation>%1 (Demo-Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Identifying user…</source>
        <translation>Benutzer wird ermittelt…</translation>
    </message>
    <message>
        <source>User unknown: %1</source>
        <translation>Benutzer unbekannt: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
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
        <translation>Details</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
</context>
<context>
    <name>brickdesk::CreateScopeDialog</name>
    <message>
        <source>A scope named “%1” already exists (names are compared without regard to case).</source>
        <translation>Ein Scope namens „%1“ ist bereits vorhanden (bei Namen wird die Groß-/Kleinschreibung nicht beachtet).</translation>
    </message>
    <message>
        <source>Only me, the creator</source>
        <translation>Nur ich (Ersteller)</translation>
    </message>
    <message>
        <source>All workspace users (the “users” group)</source>
        <translation>Alle Benutzer des Arbeitsbereichs (die Gruppe „users“)</translation>
    </message>
    <message>
        <source>New Secret Scope — %1</source>
        <translation>Neuer Secret-Scope — %1</translation>
    </message>
    <message>
        <source>Scope name</source>
        <translation>Scope-Name</translation>
    </message>
    <message>
        <source>e.g. prod-warehouse</source>
        <translation>z. B. prod-warehouse</translation>
    </message>
    <message>
        <source>Only the creator may manage the scope</source>
        <translation>Nur der Ersteller darf den Scope verwalten</translation>
    </message>
    <message>
        <source>All workspace users may manage the scope</source>
        <translation>Alle Benutzer des Arbeitsbereichs dürfen den Scope verwalten</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Can manage:</source>
        <translation>Verwalten dürfen:</translation>
    </message>
    <message>
        <source>Letters, digits, “-”, “_”, “.” and “@”, up to 128 characters. The scope is backed by Databricks; its ACL can be changed afterwards.</source>
        <translation>Buchstaben, Ziffern, „-“, „_“, „.“ und „@“, bis zu 128 Zeichen. Der Scope wird von Databricks gestützt; seine ACL kann nachträglich geändert werden.</translation>
    </message>
</context>
<context>
    <name>brickdesk::CredentialStore</name>
    <message>
        <source>No keychain is available (%1). Brickdesk keeps secrets only in the system keychain.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Brickdesk speichert Zugangsdaten ausschließlich im Schlüsselbund des Systems.</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>List the selected folder again (F5)</source>
        <translation>Ausgewählten Ordner erneut auflisten (F5)</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>Create a folder in the selected folder (Ctrl+Shift+N)</source>
        <translation>Einen Ordner im ausgewählten Ordner erstellen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected file or folder (F2)</source>
        <translation>Ausgewählte Datei oder ausgewählten Ordner umbenennen (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected files and folders (Del)</source>
        <translation>Ausgewählte Dateien und Ordner löschen (Entf)</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the dbfs:/ path of the selection (Ctrl+Shift+C)</source>
        <translation>dbfs:/-Pfad der Auswahl kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Do&amp;wnload…</source>
        <translation>He&amp;runterladen…</translation>
    </message>
    <message>
        <source>Download the selected files and folders to this computer</source>
        <translation>Ausgewählte Dateien und Ordner auf diesen Computer herunterladen</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Hochladen…</translation>
    </message>
    <message>
        <source>Upload files from this computer into the selected folder</source>
        <translation>Dateien von diesem Computer in den ausgewählten Ordner hochladen</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Move “%1” into “%2” in workspace “%3”?</source>
        <translation>„%1“ im Arbeitsbereich „%3“ nach „%2“ verschieben?</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items into “%1” in workspace “%2”?</source>
        <translation>
            <numerusform>%n Element im Arbeitsbereich „%2“ nach „%1“ verschieben?</numerusform>
            <numerusform>%n Elemente im Arbeitsbereich „%2“ nach „%1“ verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation>%1 wird verschoben…</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n items…</source>
        <translation>
            <numerusform>%n Element wird verschoben…</numerusform>
            <numerusform>%n Elemente werden verschoben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not move %1</source>
        <translation>%1 konnte nicht verschoben werden</translation>
    </message>
    <message>
        <source>Could not delete everything: %1</source>
        <translation>Es konnte nicht alles gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n items</source>
        <translation>
            <numerusform>%n Element gelöscht</numerusform>
            <numerusform>%n Elemente gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n paths</source>
        <translation>
            <numerusform>%n Pfad kopiert</numerusform>
            <numerusform>%n Pfade kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Download to Folder</source>
        <translation>In Ordner herunterladen</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>Nach %1 hochladen</translation>
    </message>
    <message>
        <source>Uploads are not available here.</source>
        <translation>Hochladen ist hier nicht möglich.</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDelete</name>
    <message>
        <source>The deletion was cancelled.</source>
        <translation>Das Löschen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The workspace was disconnected.</source>
        <translation>Die Verbindung zum Arbeitsbereich wurde getrennt.</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDeleter</name>
    <message>
        <source>Counting the files to delete…</source>
        <translation>Zu löschende Dateien werden gezählt…</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” from workspace “%2”?</source>
        <translation>„%1“ aus dem Arbeitsbereich „%2“ löschen?</translation>
    </message>
    <message>
        <source>Delete “%1” and everything in it from workspace “%2”?</source>
        <translation>„%1“ und seinen gesamten Inhalt aus dem Arbeitsbereich „%2“ löschen?</translation>
    </message>
    <message>
        <source>Delete the folder “%1” from workspace “%2”? There are no files in it.</source>
        <translation>Den Ordner „%1“ aus dem Arbeitsbereich „%2“ löschen? Er enthält keine Dateien.</translation>
    </message>
    <message>
        <source>Delete “%1” and everything in it (%2) from workspace “%3”?</source>
        <translation>„%1“ und seinen gesamten Inhalt (%2) aus dem Arbeitsbereich „%3“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items from workspace “%1”?</source>
        <translation>
            <numerusform>%n Element aus dem Arbeitsbereich „%1“ löschen?</numerusform>
            <numerusform>%n Elemente aus dem Arbeitsbereich „%1“ löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items and everything in them from workspace “%1”?</source>
        <translation>
            <numerusform>%n Element und seinen gesamten Inhalt aus dem Arbeitsbereich „%1“ löschen?</numerusform>
            <numerusform>%n Elemente und ihren gesamten Inhalt aus dem Arbeitsbereich „%1“ löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items and everything in them (%1 in folders) from workspace “%2”?</source>
        <translation>
            <numerusform>%n Element und seinen gesamten Inhalt (%1 in Ordnern) aus dem Arbeitsbereich „%2“ löschen?</numerusform>
            <numerusform>%n Elemente und ihren gesamten Inhalt (%1 in Ordnern) aus dem Arbeitsbereich „%2“ löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting %1… %2 files deleted so far</source>
        <translation>%1 wird gelöscht… bisher %2 Dateien gelöscht</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDownloadPlanner</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is not connected</source>
        <translation>Der Arbeitsbereich ist nicht verbunden</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>%1 wird aufgelistet…</translation>
    </message>
    <message>
        <source>Could not list %1: %2</source>
        <translation>%1 konnte nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Preparing local folders…</source>
        <translation>Lokale Ordner werden vorbereitet…</translation>
    </message>
    <message>
        <source>Could not create the local folder %1</source>
        <translation>Der lokale Ordner %1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>A folder exists at %1; it cannot be replaced by a file</source>
        <translation>Unter %1 befindet sich ein Ordner; er kann nicht durch eine Datei ersetzt werden</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for an answer about %n existing file(s)…</source>
        <translation>
            <numerusform>Warten auf eine Antwort zu %n vorhandenen Datei…</numerusform>
            <numerusform>Warten auf eine Antwort zu %n vorhandenen Dateien…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ist bereits vorhanden</translation>
    </message>
    <message>
        <source>The transfer queue is gone</source>
        <translation>Die Übertragungswarteschlange ist nicht mehr vorhanden</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDownloadTransfer</name>
    <message>
        <source>The workspace is not connected</source>
        <translation>Der Arbeitsbereich ist nicht verbunden</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>The server sent an invalid answer for %1</source>
        <translation>Der Server hat für %1 eine ungültige Antwort gesendet</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsMove</name>
    <message>
        <source>The workspace is not connected</source>
        <translation>Der Arbeitsbereich ist nicht verbunden</translation>
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
        <translation>Geben Sie einen anderen Namen ein.</translation>
    </message>
    <message>
        <source>This folder already has something named “%1”.</source>
        <translation>In diesem Ordner gibt es bereits etwas mit dem Namen „%1“.</translation>
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
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not exist</source>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <source>The workspace is not connected</source>
        <translation>Der Arbeitsbereich ist nicht verbunden</translation>
    </message>
    <message>
        <source>Looking at the local files…</source>
        <translation>Lokale Dateien werden geprüft…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Could not look at %1: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>A file exists at %1 where a folder should be</source>
        <translation>Unter %1 befindet sich eine Datei, wo ein Ordner sein sollte</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A folder exists at %1; it cannot be replaced by a file</source>
        <translation>Unter %1 befindet sich ein Ordner; er kann nicht durch eine Datei ersetzt werden</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for an answer about %n existing file(s)…</source>
        <translation>
            <numerusform>Warten auf eine Antwort zu %n vorhandenen Datei…</numerusform>
            <numerusform>Warten auf eine Antwort zu %n vorhandenen Dateien…</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating folders…</source>
        <translation>Ordner werden erstellt…</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ist bereits vorhanden</translation>
    </message>
    <message>
        <source>The transfer queue is gone</source>
        <translation>Die Übertragungswarteschlange ist nicht mehr vorhanden</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsUploadTransfer</name>
    <message>
        <source>The workspace is not connected</source>
        <translation>Der Arbeitsbereich ist nicht verbunden</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The upload stream expired; sending the file again</source>
        <translation>Der Upload-Stream ist abgelaufen; die Datei wird erneut gesendet</translation>
    </message>
    <message>
        <source>The connection was interrupted; sending the file again</source>
        <translation>Die Verbindung wurde unterbrochen; die Datei wird erneut gesendet</translation>
    </message>
    <message>
        <source>%1 was created by someone else during the upload</source>
        <translation>%1 wurde während des Hochladens von jemand anderem erstellt</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ist bereits vorhanden</translation>
    </message>
    <message>
        <source>The upload stream of %1 expired</source>
        <translation>Der Upload-Stream von %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <translation>%1 konnte nicht hochgeladen werden: %2</translation>
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
        <translation>Nichts Geladenes entspricht „%1“.</translation>
    </message>
    <message>
        <source>DBFS is empty. Drop files here to upload them.</source>
        <translation>DBFS ist leer. Legen Sie Dateien hier ab, um sie hochzuladen.</translation>
    </message>
</context>
<context>
    <name>brickdesk::EmulatorWorker</name>
    <message>
        <source>No free port on the loopback interface could be opened.</source>
        <translation>Auf der Loopback-Schnittstelle konnte kein freier Port geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ExportDialog</name>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>Jupyter notebook</source>
        <translation>Jupyter-Notebook</translation>
    </message>
    <message>
        <source>DBC archive</source>
        <translation>DBC-Archiv</translation>
    </message>
    <message>
        <source>R Markdown</source>
        <translation>R Markdown</translation>
    </message>
    <message>
        <source>As stored</source>
        <translation>Wie gespeichert</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Objects</source>
        <translation>
            <numerusform>%n Objekt exportieren</numerusform>
            <numerusform>%n Objekte exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Source files (folders as local folders)</source>
        <translation>&amp;Quelldateien (Ordner als lokale Ordner)</translation>
    </message>
    <message>
        <source>Folder of &amp;source files</source>
        <translation>Ordner mit &amp;Quelldateien</translation>
    </message>
    <message>
        <source>Notebooks as .py, .scala, .sql and .r files and workspace files as they are: importing the folder again recreates it.</source>
        <translation>Notebooks als .py-, .scala-, .sql- und .r-Dateien und Arbeitsbereichsdateien unverändert: Wird der Ordner wieder importiert, entsteht er neu.</translation>
    </message>
    <message>
        <source>&amp;DBC archives (one per object)</source>
        <translation>&amp;DBC-Archive (eines pro Objekt)</translation>
    </message>
    <message>
        <source>One &amp;DBC archive</source>
        <translation>Ein &amp;DBC-Archiv</translation>
    </message>
    <message>
        <source>A Databricks archive holds notebooks only; workspace files are left out.</source>
        <translation>Ein Databricks-Archiv enthält nur Notebooks; Arbeitsbereichsdateien werden ausgelassen.</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>Exportieren als:</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>&amp;In Ordner:</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>Exportieren als</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Give the full path of the file to write.</source>
        <translation>Geben Sie den vollständigen Pfad der zu schreibenden Datei an.</translation>
    </message>
    <message>
        <source>Choose the local folder to export into.</source>
        <translation>Wählen Sie den lokalen Ordner, in den exportiert werden soll.</translation>
    </message>
    <message>
        <source>Writes %1.</source>
        <translation>Schreibt %1.</translation>
    </message>
    <message>
        <source>Creates %1 with the folder’s notebooks as source files and its workspace files as they are.</source>
        <translation>Erstellt %1 mit den Notebooks des Ordners als Quelldateien und seinen Arbeitsbereichsdateien unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Writes %n object(s) into %1.</source>
        <translation>
            <numerusform>Schreibt %n Objekt in %1.</numerusform>
            <numerusform>Schreibt %n Objekte in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::FilterBox</name>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Nach Namen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
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
        <translation>Noch niemand ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Erteilen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Grant Permission — %1</source>
        <translation>Berechtigung erteilen — %1</translation>
    </message>
    <message numerus="yes">
        <source>Grant a permission on %n objects</source>
        <translation>
            <numerusform>Eine Berechtigung für %n Objekt erteilen</numerusform>
            <numerusform>Eine Berechtigung für %n Objekte erteilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give one principal the same permission on %n objects in %1. Whoever already has that level or a stronger one keeps it.</source>
        <translation>
            <numerusform>Einem Prinzipal dieselbe Berechtigung für %n Objekt in %1 erteilen. Wer diese Stufe oder eine höhere bereits hat, behält sie.</numerusform>
            <numerusform>Einem Prinzipal dieselbe Berechtigung für %n Objekte in %1 erteilen. Wer diese Stufe oder eine höhere bereits hat, behält sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objects and results</source>
        <translation>Objekte und Ergebnisse</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Choose the principal</source>
        <translation>Prinzipal auswählen</translation>
    </message>
    <message>
        <source>Permission to grant</source>
        <translation>Zu erteilende Berechtigung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Erteilen</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>Prinzipal:</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Berechtigung:</translation>
    </message>
    <message>
        <source>These objects have no permission level in common; grant on fewer kinds of object at once.</source>
        <translation>Diese Objekte haben keine gemeinsame Berechtigungsstufe; erteilen Sie die Berechtigung für weniger Objektarten gleichzeitig.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Granting…</source>
        <translation>Wird erteilt…</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Is the owner; kept</source>
        <translation>Ist Besitzer; beibehalten</translation>
    </message>
    <message>
        <source>Already has %1; kept</source>
        <translation>Hat bereits %1; beibehalten</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Done on all %n objects.</source>
        <translation>
            <numerusform>Für %n Objekt erledigt.</numerusform>
            <numerusform>Für alle %n Objekte erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done on %1 of %2 objects; %n failed, as each row says.</source>
        <translation>
            <numerusform>Für %1 von %2 Objekten erledigt; %n fehlgeschlagen, wie in der jeweiligen Zeile angegeben.</numerusform>
            <numerusform>Für %1 von %2 Objekten erledigt; %n fehlgeschlagen, wie in der jeweiligen Zeile angegeben.</numerusform>
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
        <translation>Datei</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>DBC archive</source>
        <translation>DBC-Archiv</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
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
        <translation>Arbeitsbereichsdatei</translation>
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
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import into Workspace</source>
        <translation>In Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>/Users/me/project</source>
        <translation>/Users/me/project</translation>
    </message>
    <message>
        <source>Items to import</source>
        <translation>Zu importierende Elemente</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>When an object already exists</source>
        <translation>Wenn ein Objekt bereits vorhanden ist</translation>
    </message>
    <message>
        <source>&amp;Ask for each</source>
        <translation>&amp;Jedes Mal fragen</translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>O&amp;verwrite it</source>
        <translation>Übe&amp;rschreiben</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>Importieren &amp;nach:</translation>
    </message>
    <message>
        <source>Add files or folders to import, or drop them on a folder of the workspace.</source>
        <translation>Fügen Sie zu importierende Dateien oder Ordner hinzu oder legen Sie sie auf einem Ordner des Arbeitsbereichs ab.</translation>
    </message>
    <message>
        <source>Choose a workspace folder to import into, such as /Users/me.</source>
        <translation>Wählen Sie einen Ordner im Arbeitsbereich, in den importiert werden soll, z. B. /Users/me.</translation>
    </message>
    <message numerus="yes">
        <source>Looking at %n local item(s)…</source>
        <translation>
            <numerusform>%n lokales Element wird geprüft…</numerusform>
            <numerusform>%n lokale Elemente werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s)</source>
        <translation>
            <numerusform>%n Notebook</numerusform>
            <numerusform>%n Notebooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DBC archive(s)</source>
        <translation>
            <numerusform>%n DBC-Archiv</numerusform>
            <numerusform>%n DBC-Archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <source>%1 (%2) into %3</source>
        <translation>%1 (%2) nach %3</translation>
    </message>
    <message numerus="yes">
        <source>Cannot read %n item(s), they will be reported as failed: %1</source>
        <translation>
            <numerusform>%n Element kann nicht gelesen werden und wird als fehlgeschlagen gemeldet: %1</numerusform>
            <numerusform>%n Elemente können nicht gelesen werden und werden als fehlgeschlagen gemeldet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Files to Import</source>
        <translation>Dateien zum Importieren hinzufügen</translation>
    </message>
    <message>
        <source>Add a Folder to Import</source>
        <translation>Ordner zum Importieren hinzufügen</translation>
    </message>
    <message>
        <source>In the workspace</source>
        <translation>Im Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>brickdesk::InstallLibraryDialog</name>
    <message>
        <source>Install Library — %1</source>
        <translation>Bibliothek installieren — %1</translation>
    </message>
    <message>
        <source>Install a library on %1</source>
        <translation>Eine Bibliothek auf %1 installieren</translation>
    </message>
    <message>
        <source>Library kind</source>
        <translation>Bibliotheksart</translation>
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
        <translation>Requirements-Datei</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <source>Install the library</source>
        <translation>Die Bibliothek installieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>pandas==2.2.2</source>
        <translation>pandas==2.2.2</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Index &amp;URL:</source>
        <translation>Index-&amp;URL:</translation>
    </message>
    <message>
        <source>Optional, e.g. https://pypi.example.com/simple</source>
        <translation>Optional, z. B. https://pypi.example.com/simple</translation>
    </message>
    <message>
        <source>PyPI index URL</source>
        <translation>PyPI-Index-URL</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>&amp;Koordinaten:</translation>
    </message>
    <message>
        <source>com.databricks:spark-xml_2.12:0.18.0</source>
        <translation>com.databricks:spark-xml_2.12:0.18.0</translation>
    </message>
    <message>
        <source>Maven coordinates</source>
        <translation>Maven-Koordinaten</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Optional, e.g. https://repo.example.com/maven</source>
        <translation>Optional, z. B. https://repo.example.com/maven</translation>
    </message>
    <message>
        <source>Maven repository URL</source>
        <translation>Maven-Repository-URL</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>/Workspace/Shared/wheels/package-1.0-py3-none-any.whl</source>
        <translation>/Workspace/Shared/wheels/package-1.0-py3-none-any.whl</translation>
    </message>
    <message>
        <source>Path of the wheel</source>
        <translation>Pfad der Wheel-Datei</translation>
    </message>
    <message>
        <source>/Volumes/main/default/libs/udfs.jar</source>
        <translation>/Volumes/main/default/libs/udfs.jar</translation>
    </message>
    <message>
        <source>Path of the JAR</source>
        <translation>Pfad der JAR-Datei</translation>
    </message>
    <message>
        <source>/Workspace/Shared/requirements.txt</source>
        <translation>/Workspace/Shared/requirements.txt</translation>
    </message>
    <message>
        <source>Path of the requirements file</source>
        <translation>Pfad der Requirements-Datei</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Wird installiert…</translation>
    </message>
    <message>
        <source>The library was not installed: %1</source>
        <translation>Die Bibliothek wurde nicht installiert: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobPane</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Load More Runs</source>
        <translation>Weitere Ausführungen laden</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Job-Details</translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation>Ausgewählte Aufgabe</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>This job has not run yet.</source>
        <translation>Dieser Job wurde noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Load more runs</source>
        <translation>Weitere Ausführungen laden</translation>
    </message>
    <message>
        <source>Job settings</source>
        <translation>Job-Einstellungen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>Kein Job ausgewählt</translation>
    </message>
    <message>
        <source>Select a job to see its tasks, runs and settings.</source>
        <translation>Wählen Sie einen Job aus, um seine Aufgaben, Ausführungen und Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>runs as %1</source>
        <translation>läuft als %1</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>erstellt von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a task to see what it runs and when.</source>
        <translation>Wählen Sie eine Aufgabe aus, um zu sehen, was sie ausführt und wann.</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Führt aus: %1</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Auf: %1</translation>
    </message>
    <message>
        <source>Starts first</source>
        <translation>Startet zuerst</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nach: %1</translation>
    </message>
    <message>
        <source>Runs if: %1</source>
        <translation>Läuft, wenn: %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ausführung %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsActions</name>
    <message>
        <source>&amp;New Job…</source>
        <translation>&amp;Neuer Job…</translation>
    </message>
    <message>
        <source>Create a job from a template in the JSON editor</source>
        <translation>Einen Job aus einer Vorlage im JSON-Editor erstellen</translation>
    </message>
    <message>
        <source>&amp;Edit Job…</source>
        <translation>Job &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the job&apos;s settings as JSON; the changes are shown before they are saved</source>
        <translation>Die Einstellungen des Jobs als JSON bearbeiten; die Änderungen werden vor dem Speichern angezeigt</translation>
    </message>
    <message>
        <source>&amp;Delete Job…</source>
        <translation>Job &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the job and its run history</source>
        <translation>Den Job und seinen Ausführungsverlauf löschen</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Start a run with the job&apos;s own settings</source>
        <translation>Eine Ausführung mit den eigenen Einstellungen des Jobs starten</translation>
    </message>
    <message>
        <source>Run Now &amp;With Different Settings…</source>
        <translation>Jetzt mit &amp;anderen Einstellungen ausführen…</translation>
    </message>
    <message>
        <source>Start a run with other parameters or only some tasks</source>
        <translation>Eine Ausführung mit anderen Parametern oder nur einigen Aufgaben starten</translation>
    </message>
    <message>
        <source>&amp;Pause Schedule</source>
        <translation>Zeitplan &amp;pausieren</translation>
    </message>
    <message>
        <source>Stop the schedule or trigger from starting runs</source>
        <translation>Verhindern, dass Zeitplan oder Trigger Ausführungen starten</translation>
    </message>
    <message>
        <source>Copy Job &amp;ID</source>
        <translation>Job-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the job&apos;s id to the clipboard</source>
        <translation>Die ID des Jobs in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open Job in &amp;Browser</source>
        <translation>Job im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Show the job in the web UI</source>
        <translation>Den Job in der Weboberfläche anzeigen</translation>
    </message>
    <message>
        <source>&amp;Cancel Run…</source>
        <translation>Ausführung a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Cancel the selected run</source>
        <translation>Die ausgewählte Ausführung abbrechen</translation>
    </message>
    <message>
        <source>Cancel &amp;All Runs…</source>
        <translation>&amp;Alle Ausführungen abbrechen…</translation>
    </message>
    <message>
        <source>Cancel every active and queued run of the job</source>
        <translation>Jede aktive und wartende Ausführung des Jobs abbrechen</translation>
    </message>
    <message>
        <source>Re&amp;pair Run…</source>
        <translation>Ausführung &amp;reparieren…</translation>
    </message>
    <message>
        <source>Run the failed tasks of the selected run again</source>
        <translation>Die fehlgeschlagenen Aufgaben der ausgewählten Ausführung erneut ausführen</translation>
    </message>
    <message>
        <source>Delete R&amp;un…</source>
        <translation>Ausführung l&amp;öschen…</translation>
    </message>
    <message>
        <source>Delete the selected run from the history</source>
        <translation>Die ausgewählte Ausführung aus dem Verlauf löschen</translation>
    </message>
    <message>
        <source>Open Run in Bro&amp;wser</source>
        <translation>Ausführung im Bro&amp;wser öffnen</translation>
    </message>
    <message>
        <source>Show the selected run in the web UI</source>
        <translation>Die ausgewählte Ausführung in der Weboberfläche anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the jobs and the selected job&apos;s runs again</source>
        <translation>Die Jobs und die Ausführungen des ausgewählten Jobs erneut auflisten</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Resume Sched&amp;ule</source>
        <translation>Zeitplan &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Let the schedule or trigger start runs again</source>
        <translation>Zeitplan oder Trigger wieder Ausführungen starten lassen</translation>
    </message>
    <message>
        <source>New Job in %1</source>
        <translation>Neuer Job in %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Created job “%1”.</source>
        <translation>Job „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the job: %1</source>
        <translation>Der Job konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Edit Job “%1” in %2</source>
        <translation>Job „%1“ in %2 bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved job “%1”.</source>
        <translation>Job „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete job “%1” (%2) from %3?</source>
        <translation>Job „%1“ (%2) aus %3 löschen?</translation>
    </message>
    <message>
        <source>Its schedule stops and its run history goes with it. Active runs are cancelled. This cannot be undone.</source>
        <translation>Sein Zeitplan endet und sein Ausführungsverlauf wird mitgelöscht. Aktive Ausführungen werden abgebrochen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>Job löschen</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Could not delete the job: %1</source>
        <translation>Der Job konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted job “%1”.</source>
        <translation>Job „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation>„%1“ wird gestartet…</translation>
    </message>
    <message>
        <source>Could not start the job: %1</source>
        <translation>Der Job konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Started run %1 of “%2”.</source>
        <translation>Ausführung %1 von „%2“ gestartet.</translation>
    </message>
    <message>
        <source>Resuming “%1”…</source>
        <translation>„%1“ wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Pausing “%1”…</source>
        <translation>„%1“ wird pausiert…</translation>
    </message>
    <message>
        <source>Could not change the schedule: %1</source>
        <translation>Der Zeitplan konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Resumed “%1”.</source>
        <translation>„%1“ fortgesetzt.</translation>
    </message>
    <message>
        <source>Paused “%1”.</source>
        <translation>„%1“ pausiert.</translation>
    </message>
    <message>
        <source>Copied job id %1.</source>
        <translation>Job-ID %1 kopiert.</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>%1 konnte nicht in einem Browser geöffnet werden.</translation>
    </message>
    <message>
        <source>Cancel run %1 of “%2” in %3?</source>
        <translation>Ausführung %1 von „%2“ in %3 abbrechen?</translation>
    </message>
    <message>
        <source>Its running tasks are stopped and the tasks after them are skipped.</source>
        <translation>Ihre laufenden Aufgaben werden gestoppt und die nachfolgenden Aufgaben übersprungen.</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <source>Cancelling run %1…</source>
        <translation>Ausführung %1 wird abgebrochen…</translation>
    </message>
    <message>
        <source>Could not cancel the run: %1</source>
        <translation>Die Ausführung konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>Cancelling run %1.</source>
        <translation>Ausführung %1 wird abgebrochen.</translation>
    </message>
    <message>
        <source>Cancel every run of “%1” in %2?</source>
        <translation>Jede Ausführung von „%1“ in %2 abbrechen?</translation>
    </message>
    <message>
        <source>All its active and queued runs are cancelled. New runs can still start, from the schedule or from another job.</source>
        <translation>Alle aktiven und wartenden Ausführungen werden abgebrochen. Neue Ausführungen können weiterhin starten, über den Zeitplan oder von einem anderen Job.</translation>
    </message>
    <message>
        <source>Cancel All Runs</source>
        <translation>Alle Ausführungen abbrechen</translation>
    </message>
    <message>
        <source>Cancelling the runs of “%1”…</source>
        <translation>Die Ausführungen von „%1“ werden abgebrochen…</translation>
    </message>
    <message>
        <source>Could not cancel the runs: %1</source>
        <translation>Die Ausführungen konnten nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>Cancelling every run of “%1”.</source>
        <translation>Jede Ausführung von „%1“ wird abgebrochen.</translation>
    </message>
    <message>
        <source>Delete run %1 of “%2” from %3?</source>
        <translation>Ausführung %1 von „%2“ aus %3 löschen?</translation>
    </message>
    <message>
        <source>The run, its output and its logs go from the history. This cannot be undone.</source>
        <translation>Die Ausführung, ihre Ausgabe und ihre Protokolle werden aus dem Verlauf entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Ausführung löschen</translation>
    </message>
    <message>
        <source>Deleting run %1…</source>
        <translation>Ausführung %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Could not delete the run: %1</source>
        <translation>Die Ausführung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted run %1.</source>
        <translation>Ausführung %1 gelöscht.</translation>
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation>Ausführung %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>Die Ausführung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Repairing run %1.</source>
        <translation>Ausführung %1 wird repariert.</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsBrowser</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>No jobs in this workspace yet. New Job creates one from a template.</source>
        <translation>Noch keine Jobs in diesem Arbeitsbereich. „Neuer Job“ erstellt einen aus einer Vorlage.</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>Job-Aktionen</translation>
    </message>
    <message>
        <source>Filter jobs by name</source>
        <translation>Jobs nach Name filtern</translation>
    </message>
    <message>
        <source>Could not list the jobs: %1</source>
        <translation>Die Jobs konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie ausgeführt</translation>
    </message>
    <message>
        <source>Run %1 started %2
%3</source>
        <translation>Ausführung %1 gestartet %2
%3</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 · %2 ago</source>
        <translation>%1 · vor %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsPage</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
</context>
<context>
    <name>brickdesk::JsonDiffView</name>
    <message>
        <source>Summary of changes</source>
        <translation>Zusammenfassung der Änderungen</translation>
    </message>
    <message>
        <source>Changed lines</source>
        <translation>Geänderte Zeilen</translation>
    </message>
    <message>
        <source>These changes will be sent: %1</source>
        <translation>Diese Änderungen werden gesendet: %1</translation>
    </message>
    <message>
        <source>@@ line %1 @@</source>
        <translation>@@ Zeile %1 @@</translation>
    </message>
</context>
<context>
    <name>brickdesk::JsonPayloadDialog</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>&amp;Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Mit einer Vorlage beginnen…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Payload editor</source>
        <translation>Nutzlast-Editor</translation>
    </message>
    <message>
        <source>Review of the changes</source>
        <translation>Überprüfung der Änderungen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Indent the JSON, keeping its key order (Ctrl+Shift+F)</source>
        <translation>Das JSON einrücken, unter Beibehaltung der Schlüsselreihenfolge (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <source>Check the payload and send it (Ctrl+Return)</source>
        <translation>Die Nutzlast prüfen und senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>Bestätigen und senden</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Nothing changed: the payload is the same as on the server.</source>
        <translation>Nichts geändert: Die Nutzlast ist dieselbe wie auf dem Server.</translation>
    </message>
    <message>
        <source>The server refused the payload: %1</source>
        <translation>Der Server hat die Nutzlast abgelehnt: %1</translation>
    </message>
    <message>
        <source>Discard your changes to this payload?</source>
        <translation>Ihre Änderungen an dieser Nutzlast verwerfen?</translation>
    </message>
    <message>
        <source>What you typed is lost; nothing was sent.</source>
        <translation>Was Sie eingegeben haben, geht verloren; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Replace your changes with the template “%1”?</source>
        <translation>Ihre Änderungen durch die Vorlage „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
</context>
<context>
    <name>brickdesk::JsonPayloadEditor</name>
    <message>
        <source>Payload JSON</source>
        <translation>Nutzlast-JSON</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Payload status</source>
        <translation>Nutzlast-Status</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Line %1, column %2 — %3</source>
        <translation>Zeile %1, Spalte %2 — %3</translation>
    </message>
</context>
<context>
    <name>brickdesk::KeyDetailsPanel</name>
    <message>
        <source>Reference to use in job, cluster and pipeline settings</source>
        <translation>Referenz zur Verwendung in Job-, Cluster- und Pipeline-Einstellungen</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>The value is never shown here. Use Copy Value to put it on the clipboard for 30 seconds.</source>
        <translation>Der Wert wird hier nie angezeigt. Mit „Wert kopieren“ legen Sie ihn für 30 Sekunden in die Zwischenablage.</translation>
    </message>
    <message>
        <source>%1 (Azure Key Vault, read-only here)</source>
        <translation>%1 (Azure Key Vault, hier schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (Alter: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Not updated for more than %n day(s): consider rotating it.</source>
        <translation>
            <numerusform>Seit mehr als %n Tag nicht aktualisiert: Erwägen Sie, es zu rotieren.</numerusform>
            <numerusform>Seit mehr als %n Tagen nicht aktualisiert: Erwägen Sie, es zu rotieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>brickdesk::Launcher</name>
    <message>
        <source>Starting the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird gestartet…</translation>
    </message>
    <message>
        <source>The demo workspace could not start: %1</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The workspace named by the DATABRICKS_* environment variables cannot be opened: %1</source>
        <translation>Der durch die Umgebungsvariablen DATABRICKS_* angegebene Arbeitsbereich kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::LazyTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load this folder: %1</source>
        <translation>Dieser Ordner konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation>%1
Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Load more…</source>
        <translation>Mehr laden…</translation>
    </message>
    <message>
        <source>Could not load more: %1
Activate to try again.</source>
        <translation>Weitere Einträge konnten nicht geladen werden: %1
Aktivieren Sie den Eintrag, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Activate to list the next entries.</source>
        <translation>Aktivieren Sie den Eintrag, um die nächsten Einträge aufzulisten.</translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>Nicht mit einem Arbeitsbereich verbunden.</translation>
    </message>
</context>
<context>
    <name>brickdesk::LazyTreeView</name>
    <message>
        <source>Nothing loaded matches “%1”.
Open more folders to search them too.</source>
        <translation>Nichts Geladenes entspricht „%1“.
Öffnen Sie weitere Ordner, um auch diese zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>brickdesk::LibraryStatusModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>Wird aufgelöst</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Wird installiert</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Uninstall on restart</source>
        <translation>Beim Neustart deinstallieren</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>brickdesk::LoopbackReceiver</name>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Brickdesk could not sign you in. Return to Brickdesk for details.</source>
        <translation>Brickdesk konnte Sie nicht anmelden. Details finden Sie in Brickdesk.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You can close this tab and return to Brickdesk.</source>
        <translation>Sie können diesen Tab schließen und zu Brickdesk zurückkehren.</translation>
    </message>
</context>
<context>
    <name>brickdesk::MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Activity Panel</source>
        <translation>&amp;Aktivitätsfenster</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Brickdesk</source>
        <translation>&amp;Über Brickdesk</translation>
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
        <translation>Geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Open another workspace (Ctrl+O)</source>
        <translation>Einen weiteren Arbeitsbereich öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Not connected to a workspace</source>
        <translation>Nicht mit einem Arbeitsbereich verbunden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open one of your workspaces: Brickdesk finds the profiles in &lt;code&gt;~/.databrickscfg&lt;/code&gt;, or you add one with its URL and a token or OAuth sign-in.&lt;/p&gt;&lt;p&gt;To look around without an account, open the demo workspace with sample notebooks, folders and jobs (also &lt;code&gt;brickdesk --demo&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Brickdesk also connects to the workspace named by the &lt;code&gt;DATABRICKS_HOST&lt;/code&gt; and &lt;code&gt;DATABRICKS_TOKEN&lt;/code&gt; environment variables.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Öffnen Sie einen Ihrer Arbeitsbereiche: Brickdesk findet die Profile in &lt;code&gt;~/.databrickscfg&lt;/code&gt;, oder Sie fügen einen Arbeitsbereich mit seiner URL und einem Token oder einer OAuth-Anmeldung hinzu.&lt;/p&gt;&lt;p&gt;Um sich ohne Konto umzusehen, öffnen Sie den Demo-Arbeitsbereich mit Beispiel-Notebooks, -Ordnern und -Jobs (auch &lt;code&gt;brickdesk --demo&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Brickdesk verbindet sich außerdem mit dem Arbeitsbereich, der durch die Umgebungsvariablen &lt;code&gt;DATABRICKS_HOST&lt;/code&gt; und &lt;code&gt;DATABRICKS_TOKEN&lt;/code&gt; angegeben ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Next Workspace</source>
        <translation>&amp;Nächster Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Previous Workspace</source>
        <translation>&amp;Vorheriger Arbeitsbereich</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>&amp;Transfers Panel</source>
        <translation>Ü&amp;bertragungsfenster</translation>
    </message>
    <message numerus="yes">
        <source>Close workspace “%1” and cancel its %n unfinished transfer(s)?</source>
        <translation>
            <numerusform>Arbeitsbereich „%1“ schließen und seine %n nicht abgeschlossene Übertragung abbrechen?</numerusform>
            <numerusform>Arbeitsbereich „%1“ schließen und seine %n nicht abgeschlossenen Übertragungen abbrechen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing half-written is kept: cancelled uploads and downloads are removed, and files they were replacing stay as they were.</source>
        <translation>Halb geschriebene Daten werden nicht behalten: Abgebrochene Uploads und Downloads werden entfernt, und die Dateien, die sie ersetzen sollten, bleiben unverändert.</translation>
    </message>
    <message>
        <source>Close Workspace</source>
        <translation>Arbeitsbereich schließen</translation>
    </message>
    <message numerus="yes">
        <source>Quit and cancel %n unfinished transfer(s)?</source>
        <translation>
            <numerusform>Beenden und %n nicht abgeschlossene Übertragung abbrechen?</numerusform>
            <numerusform>Beenden und %n nicht abgeschlossene Übertragungen abbrechen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>brickdesk::NameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <translation>Ein Name darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>“%1” cannot be a name.</source>
        <translation>„%1“ ist als Name nicht zulässig.</translation>
    </message>
</context>
<context>
    <name>brickdesk::NewFolderDialog</name>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>Ordnername</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>This folder already has an object named “%1”.</source>
        <translation>In diesem Ordner gibt es bereits ein Objekt mit dem Namen „%1“.</translation>
    </message>
</context>
<context>
    <name>brickdesk::NoDelayHttpReply</name>
    <message>
        <source>The server sent a header line that is too long.</source>
        <translation>Der Server hat eine zu lange Kopfzeile gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP.</source>
        <translation>Die Antwort des Servers ist kein HTTP.</translation>
    </message>
    <message>
        <source>The server sent a malformed header.</source>
        <translation>Der Server hat einen fehlerhaften Header gesendet.</translation>
    </message>
    <message>
        <source>The server sent a malformed chunk.</source>
        <translation>Der Server hat einen fehlerhaften Chunk gesendet.</translation>
    </message>
    <message>
        <source>The server sent a malformed Content-Length.</source>
        <translation>Der Server hat eine fehlerhafte Content-Length gesendet.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Der Server hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>brickdesk::NotebookPreview</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>geändert %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objects selected.</source>
        <translation>
            <numerusform>%n Objekt ausgewählt.</numerusform>
            <numerusform>%n Objekte ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a notebook to read it here.</source>
        <translation>Wählen Sie ein Notebook aus, um es hier zu lesen.</translation>
    </message>
    <message>
        <source>Not listed yet. Expand the folder to see what it holds.</source>
        <translation>Noch nicht aufgelistet. Klappen Sie den Ordner auf, um seinen Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n objects.</source>
        <translation>
            <numerusform>„%1“ enthält %n Objekt.</numerusform>
            <numerusform>„%1“ enthält %n Objekte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: the file is larger than %1.</source>
        <translation>Keine Vorschau: Die Datei ist größer als %1.</translation>
    </message>
    <message>
        <source>No preview for objects of this type (%1).</source>
        <translation>Keine Vorschau für Objekte dieses Typs (%1).</translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>Nicht mit einem Arbeitsbereich verbunden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This notebook is larger than 10 MB, the most the Workspace API exports (MAX_NOTEBOOK_SIZE_EXCEEDED). Open it in the browser instead.</source>
        <translation>Dieses Notebook ist größer als 10 MB, das Maximum, das die Workspace API exportiert (MAX_NOTEBOOK_SIZE_EXCEEDED). Öffnen Sie es stattdessen im Browser.</translation>
    </message>
    <message>
        <source>Could not load the preview: %1</source>
        <translation>Die Vorschau konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cells</source>
        <translation>
            <numerusform>%n Zelle</numerusform>
            <numerusform>%n Zellen</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: this is not a text file.</source>
        <translation>Keine Vorschau: Dies ist keine Textdatei.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ParameterTable</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation>&amp;Wert hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Parameter</source>
        <translation>&amp;Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Eine Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>Die ausgewählte Zeile von %1 entfernen</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::PayloadIssuesModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3: %4 (%5)</source>
        <translation>%1 in Zeile %2, Spalte %3: %4 (%5)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>Zeile:Spalte</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionLevelDelegate</name>
    <message>
        <source>Permission of %1</source>
        <translation>Berechtigung von %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionObject</name>
    <message>
        <source>job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>repo</source>
        <translation>Repo</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Can view</source>
        <translation>Kann anzeigen</translation>
    </message>
    <message>
        <source>Can read</source>
        <translation>Kann lesen</translation>
    </message>
    <message>
        <source>Can run</source>
        <translation>Kann ausführen</translation>
    </message>
    <message>
        <source>Can edit</source>
        <translation>Kann bearbeiten</translation>
    </message>
    <message>
        <source>Can manage run</source>
        <translation>Kann Ausführung verwalten</translation>
    </message>
    <message>
        <source>Can attach to</source>
        <translation>Kann anfügen</translation>
    </message>
    <message>
        <source>Can restart</source>
        <translation>Kann neu starten</translation>
    </message>
    <message>
        <source>Can manage</source>
        <translation>Kann verwalten</translation>
    </message>
    <message>
        <source>Can use</source>
        <translation>Kann verwenden</translation>
    </message>
    <message>
        <source>Is owner</source>
        <translation>Ist Besitzer</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionRules</name>
    <message>
        <source>A group cannot own a %1: “%2” needs another level. Choose a user or a service principal with Transfer Ownership.</source>
        <translation>Eine Gruppe kann nicht Besitzer eines Objekts vom Typ %1 sein: „%2“ braucht eine andere Stufe. Wählen Sie mit „Besitz übertragen“ einen Benutzer oder einen Dienstprinzipal.</translation>
    </message>
    <message>
        <source>The %1 would have no owner. A %1 has exactly one: choose the new one with Transfer Ownership.</source>
        <translation>Das Objekt vom Typ %1 hätte keinen Besitzer. Ein Objekt vom Typ %1 hat genau einen: Wählen Sie den neuen mit „Besitz übertragen“.</translation>
    </message>
    <message>
        <source>The %1 would have %2 owners (%3). A %1 has exactly one: keep one of them as owner.</source>
        <translation>Das Objekt vom Typ %1 hätte %2 Besitzer (%3). Ein Objekt vom Typ %1 hat genau einen: Behalten Sie nur einen davon als Besitzer.</translation>
    </message>
    <message>
        <source>%1 keeps Can manage on their own home folder: the workspace does not allow taking it away.</source>
        <translation>%1 behält „Kann verwalten“ für den eigenen Benutzerordner: Der Arbeitsbereich erlaubt nicht, diese Berechtigung zu entziehen.</translation>
    </message>
    <message>
        <source>You would lose your own right to manage this %1 and could not change its permissions again. Keep Can manage for %2 or for a group you are in.</source>
        <translation>Sie würden Ihr eigenes Recht verlieren, dieses Objekt (%1) zu verwalten, und könnten seine Berechtigungen nicht mehr ändern. Behalten Sie „Kann verwalten“ für %2 oder für eine Gruppe, der Sie angehören.</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionsDialog</name>
    <message>
        <source>&amp;Add Principal…</source>
        <translation>Prinzipal &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Transfer Ownership…</source>
        <translation>Besitz &amp;übertragen…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Permissions — %1</source>
        <translation>Berechtigungen — %1</translation>
    </message>
    <message>
        <source>Permissions of the %1 %2</source>
        <translation>Berechtigungen für %1 %2</translation>
    </message>
    <message>
        <source>Who may use the %1 “%2” in %3.</source>
        <translation>Wer „%2“ (%1) in %3 verwenden darf.</translation>
    </message>
    <message>
        <source>Permissions by principal</source>
        <translation>Berechtigungen nach Prinzipal</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Zu sendende Änderungen</translation>
    </message>
    <message>
        <source>Why the changes cannot be sent</source>
        <translation>Warum die Änderungen nicht gesendet werden können</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add principal</source>
        <translation>Prinzipal hinzufügen</translation>
    </message>
    <message>
        <source>Remove the direct permission</source>
        <translation>Die direkte Berechtigung entfernen</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>Besitz übertragen</translation>
    </message>
    <message>
        <source>Revert the changes</source>
        <translation>Die Änderungen zurücksetzen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Take away the level set on this object; inherited levels stay</source>
        <translation>Die für dieses Objekt festgelegte Stufe entziehen; geerbte Stufen bleiben erhalten</translation>
    </message>
    <message>
        <source>Make someone else the owner; the former owner keeps Can manage</source>
        <translation>Jemand anderen zum Besitzer machen; der bisherige Besitzer behält „Kann verwalten“</translation>
    </message>
    <message>
        <source>Reading the permissions…</source>
        <translation>Die Berechtigungen werden gelesen…</translation>
    </message>
    <message>
        <source>The permissions could not be read: %1</source>
        <translation>Die Berechtigungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No changes yet: pick a level in the Permission column, or add a principal.</source>
        <translation>Noch keine Änderungen: Wählen Sie in der Spalte „Berechtigung“ eine Stufe oder fügen Sie einen Prinzipal hinzu.</translation>
    </message>
    <message>
        <source>• Adds %1 for %2</source>
        <translation>• Fügt %1 für %2 hinzu</translation>
    </message>
    <message>
        <source>• Changes %1 from %2 to %3</source>
        <translation>• Ändert %1 von %2 in %3</translation>
    </message>
    <message>
        <source>• Removes the direct %1 of %2</source>
        <translation>• Entfernt die direkte Stufe %1 von %2</translation>
    </message>
    <message>
        <source>Sent as a whole new list (PUT), because an entry is removed: every direct entry shown above is sent again, and any added elsewhere since this was read is dropped.</source>
        <translation>Wird als vollständig neue Liste gesendet (PUT), weil ein Eintrag entfernt wird: Jeder oben angezeigte direkte Eintrag wird erneut gesendet, und alles, was seit dem Lesen anderswo hinzugefügt wurde, geht verloren.</translation>
    </message>
    <message>
        <source>Sent as a merge (PATCH): entries not listed stay as they are.</source>
        <translation>Wird als Zusammenführung gesendet (PATCH): Nicht aufgeführte Einträge bleiben unverändert.</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>Besitz übertragen</translation>
    </message>
    <message>
        <source>Make Owner</source>
        <translation>Zum Besitzer machen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Replace the permissions of the %1 “%2” in %3?</source>
        <translation>Die Berechtigungen von „%2“ (%1) in %3 ersetzen?</translation>
    </message>
    <message>
        <source>These lose their direct permission: %1. The list is sent whole, so an entry someone else added since it was read is dropped too; inherited permissions stay.</source>
        <translation>Diese verlieren ihre direkte Berechtigung: %1. Die Liste wird vollständig gesendet, daher geht auch ein Eintrag verloren, den jemand anderes seit dem Lesen hinzugefügt hat; geerbte Berechtigungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Saving the permissions…</source>
        <translation>Die Berechtigungen werden gespeichert…</translation>
    </message>
    <message>
        <source>The change did not go through; your edit is kept (Reload shows what the workspace has now): %1</source>
        <translation>Die Änderung wurde nicht übernommen; Ihre Bearbeitung bleibt erhalten („Neu laden“ zeigt den aktuellen Stand des Arbeitsbereichs): %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Discard the changes to the permissions of “%1” and read them again?</source>
        <translation>Die Änderungen an den Berechtigungen von „%1“ verwerfen und sie erneut lesen?</translation>
    </message>
    <message>
        <source>They have not been sent to the workspace.</source>
        <translation>Sie wurden nicht an den Arbeitsbereich gesendet.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Saving the permissions… the dialog can be closed once the workspace has answered.</source>
        <translation>Die Berechtigungen werden gespeichert… Der Dialog kann geschlossen werden, sobald der Arbeitsbereich geantwortet hat.</translation>
    </message>
    <message>
        <source>Discard the changes to the permissions of “%1”?</source>
        <translation>Die Änderungen an den Berechtigungen von „%1“ verwerfen?</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionsLoader</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionsModel</name>
    <message>
        <source>the workspace root</source>
        <translation>das Stammverzeichnis des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>all jobs</source>
        <translation>alle Jobs</translation>
    </message>
    <message>
        <source>all clusters</source>
        <translation>alle Cluster</translation>
    </message>
    <message>
        <source>all pipelines</source>
        <translation>alle Pipelines</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>repo %1</source>
        <translation>Repo %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>Removed (was %1)</source>
        <translation>Entfernt (war %1)</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (war %2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the level</source>
        <translation>Doppelklicken oder F2 drücken, um die Stufe zu ändern</translation>
    </message>
    <message>
        <source>The owner changes with Transfer Ownership</source>
        <translation>Der Besitzer wird mit „Besitz übertragen“ geändert</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Geerbt</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineEventsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Update created</source>
        <translation>Update erstellt</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>Update-Fortschritt</translation>
    </message>
    <message>
        <source>Flow progress</source>
        <translation>Flow-Fortschritt</translation>
    </message>
    <message>
        <source>Flow definition</source>
        <translation>Flow-Definition</translation>
    </message>
    <message>
        <source>Dataset definition</source>
        <translation>Dataset-Definition</translation>
    </message>
    <message>
        <source>Cluster resources</source>
        <translation>Cluster-Ressourcen</translation>
    </message>
    <message>
        <source>User action</source>
        <translation>Benutzeraktion</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineEventsView</name>
    <message>
        <source>Load &amp;More</source>
        <translation>&amp;Weitere laden</translation>
    </message>
    <message>
        <source>Show events of level</source>
        <translation>Ereignisse dieser Stufe anzeigen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Search the loaded events</source>
        <translation>Die geladenen Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Search messages, events and datasets</source>
        <translation>Meldungen, Ereignisse und Datasets durchsuchen</translation>
    </message>
    <message>
        <source>Pipeline events</source>
        <translation>Pipeline-Ereignisse</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>Angezeigte Ereignisse</translation>
    </message>
    <message>
        <source>Load more events</source>
        <translation>Weitere Ereignisse laden</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>Ereignisse werden gelesen…</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>Die Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No events at this level.</source>
        <translation>Keine Ereignisse dieser Stufe.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n loaded event(s) match.</source>
        <translation>
            <numerusform>Treffer: %1 von %n geladenen Ereignis.</numerusform>
            <numerusform>Treffer: %1 von %n geladenen Ereignissen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) loaded; older ones are left to load.</source>
        <translation>
            <numerusform>%n Ereignis geladen; ältere können noch geladen werden.</numerusform>
            <numerusform>%n Ereignisse geladen; ältere können noch geladen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n event(s).</source>
        <translation>
            <numerusform>%n Ereignis.</numerusform>
            <numerusform>Alle %n Ereignisse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinePane</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n Worker</numerusform>
            <numerusform>%n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 workers (autoscale)</source>
        <translation>%1–%2 Worker (automatische Skalierung)</translation>
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
        <translation>Datei</translation>
    </message>
    <message>
        <source>Files matching</source>
        <translation>Dateien passend zu</translation>
    </message>
    <message>
        <source>Pipeline details</source>
        <translation>Pipeline-Details</translation>
    </message>
    <message>
        <source>Pipeline settings</source>
        <translation>Pipeline-Einstellungen</translation>
    </message>
    <message>
        <source>Updates of the pipeline</source>
        <translation>Updates der Pipeline</translation>
    </message>
    <message>
        <source>This pipeline has not run yet.</source>
        <translation>Diese Pipeline wurde noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>&amp;Updates</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>Update of %1 — %2, %3</source>
        <translation>Update vom %1 — %2, %3</translation>
    </message>
    <message>
        <source>Pipeline ID</source>
        <translation>Pipeline-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Läuft als</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Catalog and schema</source>
        <translation>Katalog und Schema</translation>
    </message>
    <message>
        <source>Target schema</source>
        <translation>Zielschema</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Photon</source>
        <translation>Photon</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverlos</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Quellcode</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineStates</name>
    <message>
        <source>Idle</source>
        <translation>Im Leerlauf</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation>Wird zurückgesetzt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Waiting for resources</source>
        <translation>Wartet auf Ressourcen</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Wird initialisiert</translation>
    </message>
    <message>
        <source>Setting up tables</source>
        <translation>Tabellen werden eingerichtet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Kontinuierlich</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
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
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Validation only</source>
        <translation>Nur Validierung</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Full refresh</source>
        <translation>Vollständige Aktualisierung</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Alle Tabellen</translation>
    </message>
    <message>
        <source>API call</source>
        <translation>API-Aufruf</translation>
    </message>
    <message>
        <source>User action</source>
        <translation>Benutzeraktion</translation>
    </message>
    <message>
        <source>Job task</source>
        <translation>Job-Aufgabe</translation>
    </message>
    <message>
        <source>Retry on failure</source>
        <translation>Wiederholung nach Fehler</translation>
    </message>
    <message>
        <source>Schema change</source>
        <translation>Schemaänderung</translation>
    </message>
    <message>
        <source>Service upgrade</source>
        <translation>Dienst-Upgrade</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinesActions</name>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Starten…</translation>
    </message>
    <message>
        <source>Start an update: every table, a full refresh, selected tables or validation only</source>
        <translation>Ein Update starten: alle Tabellen, vollständige Aktualisierung, ausgewählte Tabellen oder nur Validierung</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the pipeline&apos;s active update</source>
        <translation>Das aktive Update der Pipeline anhalten</translation>
    </message>
    <message>
        <source>&amp;New Pipeline…</source>
        <translation>&amp;Neue Pipeline…</translation>
    </message>
    <message>
        <source>Create a pipeline from a template in the JSON editor</source>
        <translation>Eine Pipeline aus einer Vorlage im JSON-Editor erstellen</translation>
    </message>
    <message>
        <source>&amp;Edit Settings…</source>
        <translation>Einstellungen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the pipeline&apos;s settings as JSON; the changes are shown before they are saved</source>
        <translation>Die Einstellungen der Pipeline als JSON bearbeiten; die Änderungen werden vor dem Speichern angezeigt</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the pipeline and the tables it defines</source>
        <translation>Die Pipeline und die von ihr definierten Tabellen löschen</translation>
    </message>
    <message>
        <source>Copy Pipeline &amp;ID</source>
        <translation>Pipeline-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the pipeline&apos;s id to the clipboard</source>
        <translation>Die ID der Pipeline in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im Bro&amp;wser öffnen</translation>
    </message>
    <message>
        <source>Show the pipeline in the web UI</source>
        <translation>Die Pipeline in der Weboberfläche anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the pipelines again</source>
        <translation>Die Pipelines erneut auflisten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Starting an update of “%1”…</source>
        <translation>Ein Update von „%1“ wird gestartet…</translation>
    </message>
    <message>
        <source>Could not start “%1”</source>
        <translation>„%1“ konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Started an update of “%1”.</source>
        <translation>Ein Update von „%1“ wurde gestartet.</translation>
    </message>
    <message>
        <source>Stop the running update of “%1” in %2?</source>
        <translation>Das laufende Update von „%1“ in %2 anhalten?</translation>
    </message>
    <message>
        <source>Flows that are running stop where they are; tables keep what they wrote so far. The next update goes on from there.</source>
        <translation>Laufende Flows werden an ihrer aktuellen Stelle angehalten; Tabellen behalten, was sie bisher geschrieben haben. Das nächste Update setzt dort fort.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stopping “%1”…</source>
        <translation>„%1“ wird angehalten…</translation>
    </message>
    <message>
        <source>Could not stop “%1”</source>
        <translation>„%1“ konnte nicht angehalten werden</translation>
    </message>
    <message>
        <source>Stopping “%1”; its update is being canceled.</source>
        <translation>„%1“ wird angehalten; das Update wird abgebrochen.</translation>
    </message>
    <message>
        <source>New Pipeline in %1</source>
        <translation>Neue Pipeline in %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Created pipeline “%1”.</source>
        <translation>Pipeline „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the pipeline</source>
        <translation>Die Pipeline konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Edit Pipeline “%1” in %2</source>
        <translation>Pipeline „%1“ in %2 bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>“%1” has an update running: it goes on with the settings it started with; the next update uses the new ones.</source>
        <translation>Für „%1“ läuft ein Update: Es läuft mit den Einstellungen weiter, mit denen es gestartet wurde; das nächste Update verwendet die neuen.</translation>
    </message>
    <message>
        <source>Someone changed “%1” after this editor read it, so nothing was saved. Copy your changes, close the editor and edit again to start from their version.</source>
        <translation>Jemand hat „%1“ geändert, nachdem dieser Editor es gelesen hat; daher wurde nichts gespeichert. Kopieren Sie Ihre Änderungen, schließen Sie den Editor und bearbeiten Sie erneut, um von der neuen Version auszugehen.</translation>
    </message>
    <message>
        <source>Saved the settings of “%1”.</source>
        <translation>Die Einstellungen von „%1“ wurden gespeichert.</translation>
    </message>
    <message>
        <source>Delete pipeline “%1” from %2?</source>
        <translation>Pipeline „%1“ aus %2 löschen?</translation>
    </message>
    <message>
        <source>Its settings and update history go, an active update is stopped, and the tables it defines (materialized views, streaming tables and views) are deleted with it. This cannot be undone.</source>
        <translation>Ihre Einstellungen und ihr Update-Verlauf werden entfernt, ein aktives Update wird angehalten, und die von ihr definierten Tabellen (materialisierte Sichten, Streamingtabellen und Sichten) werden mitgelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Could not delete “%1”</source>
        <translation>„%1“ konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted pipeline “%1”.</source>
        <translation>Pipeline „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Copied pipeline id %1.</source>
        <translation>Pipeline-ID %1 kopiert.</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>%1 konnte nicht in einem Browser geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinesBrowser</name>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>No pipelines here yet. New Pipeline creates one from a template.</source>
        <translation>Noch keine Pipelines vorhanden. „Neue Pipeline“ erstellt eine aus einer Vorlage.</translation>
    </message>
    <message>
        <source>Pipeline actions</source>
        <translation>Pipeline-Aktionen</translation>
    </message>
    <message>
        <source>Filter pipelines by name</source>
        <translation>Pipelines nach Name filtern</translation>
    </message>
    <message>
        <source>Could not list the pipelines: %1</source>
        <translation>Die Pipelines konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinesModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letztes Update</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie ausgeführt</translation>
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
        <translation>Pipelines</translation>
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
        <translation>&amp;Berechtigung:</translation>
    </message>
    <message>
        <source>Add Principal</source>
        <translation>Prinzipal hinzufügen</translation>
    </message>
    <message>
        <source>Add principal</source>
        <translation>Prinzipal hinzufügen</translation>
    </message>
    <message>
        <source>Search users, groups and service principals</source>
        <translation>Benutzer, Gruppen und Dienstprinzipale suchen</translation>
    </message>
    <message>
        <source>Matching principals</source>
        <translation>Passende Prinzipale</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Not everything could be searched: %1</source>
        <translation>Nicht alles konnte durchsucht werden: %1</translation>
    </message>
    <message>
        <source>No user, group or service principal matches.</source>
        <translation>Kein Benutzer, keine Gruppe und kein Dienstprinzipal passt.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ProfileEditor</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>https://adb-1234567890123456.7.azuredatabricks.net</source>
        <translation>https://adb-1234567890123456.7.azuredatabricks.net</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>OAuth (browser sign-in)</source>
        <translation>OAuth (Anmeldung im Browser)</translation>
    </message>
    <message>
        <source>OAuth service principal</source>
        <translation>OAuth-Dienstprinzipal</translation>
    </message>
    <message>
        <source>dapi…</source>
        <translation>dapi…</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>System-Proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128</source>
        <translation>http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Only the system&apos;s certificates</source>
        <translation>Nur die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>Proxy-&amp;URL:</translation>
    </message>
    <message>
        <source>Extra &amp;CA bundle:</source>
        <translation>Zusätzliches CA-&amp;Bundle:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Stored in the keychain — type to replace</source>
        <translation>Im Schlüsselbund gespeichert — zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Create a token under Settings → Developer → Access tokens in the workspace. It is kept in the system keychain.</source>
        <translation>Erstellen Sie im Arbeitsbereich unter Einstellungen → Entwickler → Zugriffstoken ein Token. Es wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Brickdesk opens your browser to sign in. The refresh token is kept in the system keychain.</source>
        <translation>Brickdesk öffnet zur Anmeldung Ihren Browser. Das Aktualisierungstoken wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The service principal&apos;s OAuth secret is kept in the system keychain.</source>
        <translation>Das OAuth-Secret des Dienstprinzipals wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Extra CA Bundle</source>
        <translation>Zusätzliches CA-Bundle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>brickdesk::ProfileListModel</name>
    <message>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 · from environment variables</source>
        <translation>%1 · aus Umgebungsvariablen</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · aus %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::PutSecretDialog</name>
    <message>
        <source>The file has %1; a secret holds at most %2.</source>
        <translation>Die Datei ist %1 groß; ein Secret fasst höchstens %2.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation>Aus &amp;Datei…</translation>
    </message>
    <message>
        <source>Put Secret in “%1” — %2</source>
        <translation>Secret in „%1“ hinterlegen — %2</translation>
    </message>
    <message>
        <source>Replace “%1” in “%2” — %3</source>
        <translation>„%1“ in „%2“ ersetzen — %3</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>e.g. jdbc-password</source>
        <translation>z. B. jdbc-password</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Secret-Wert</translation>
    </message>
    <message>
        <source>Hidden while Show is off</source>
        <translation>Verborgen, solange „Anzeigen“ aus ist</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Wert anzeigen</translation>
    </message>
    <message>
        <source>Read the value from a file</source>
        <translation>Wert aus einer Datei lesen</translation>
    </message>
    <message>
        <source>Put</source>
        <translation>Hinterlegen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>The value has %1; a secret holds at most %2.</source>
        <translation>Der Wert ist %1 groß; ein Secret fasst höchstens %2.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Secret Value From File</source>
        <translation>Secret-Wert aus Datei</translation>
    </message>
    <message>
        <source>Could not use %1: %2</source>
        <translation>%1 konnte nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The value is the bytes of %1 (%2).</source>
        <translation>Der Wert besteht aus den Bytes von %1 (%2).</translation>
    </message>
</context>
<context>
    <name>brickdesk::RepairRunDialog</name>
    <message>
        <source>Rerun &amp;all failed tasks</source>
        <translation>&amp;Alle fehlgeschlagenen Aufgaben erneut ausführen</translation>
    </message>
    <message>
        <source>Also rerun &amp;dependent tasks</source>
        <translation>Auch &amp;abhängige Aufgaben erneut ausführen</translation>
    </message>
    <message>
        <source>Repair Run #%1 of %2</source>
        <translation>Ausführung #%1 von %2 reparieren</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparieren</translation>
    </message>
    <message>
        <source>Repair the run</source>
        <translation>Die Ausführung reparieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Tasks to rerun</source>
        <translation>Erneut auszuführende Aufgaben</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rerun all failed tasks</source>
        <translation>Alle fehlgeschlagenen Aufgaben erneut ausführen</translation>
    </message>
    <message>
        <source>Lets the server pick every failed task (rerun_all_failed_tasks) instead of the checked ones.</source>
        <translation>Lässt den Server jede fehlgeschlagene Aufgabe auswählen (rerun_all_failed_tasks) statt der markierten.</translation>
    </message>
    <message>
        <source>Also rerun dependent tasks</source>
        <translation>Auch abhängige Aufgaben erneut ausführen</translation>
    </message>
    <message>
        <source>Tasks downstream of a rerun task run again too.</source>
        <translation>Aufgaben nach einer erneut ausgeführten Aufgabe laufen ebenfalls erneut.</translation>
    </message>
    <message>
        <source>Tasks that will rerun</source>
        <translation>Aufgaben, die erneut ausgeführt werden</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>A repair does not carry the run&apos;s parameters over; these are the run&apos;s and are sent again.</source>
        <translation>Eine Reparatur übernimmt die Parameter der Ausführung nicht; dies sind die der Ausführung, und sie werden erneut gesendet.</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Wird repariert…</translation>
    </message>
    <message>
        <source>The repair did not start: %1</source>
        <translation>Die Reparatur wurde nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::RequestPreview</name>
    <message>
        <source>Request &amp;preview (%1)</source>
        <translation>Anfrage-&amp;Vorschau (%1)</translation>
    </message>
    <message>
        <source>Show the request that will be sent</source>
        <translation>Die Anfrage anzeigen, die gesendet wird</translation>
    </message>
    <message>
        <source>Request body as JSON</source>
        <translation>Anfragetext als JSON</translation>
    </message>
</context>
<context>
    <name>brickdesk::ResizeClusterDialog</name>
    <message>
        <source>&amp;Fixed size</source>
        <translation>&amp;Feste Größe</translation>
    </message>
    <message>
        <source>&amp;Autoscale</source>
        <translation>&amp;Automatische Skalierung</translation>
    </message>
    <message>
        <source>Resize “%1” in %2</source>
        <translation>Größe von „%1“ in %2 ändern</translation>
    </message>
    <message>
        <source>Fixed size</source>
        <translation>Feste Größe</translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation>Automatische Skalierung</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source> workers</source>
        <translation> Worker</translation>
    </message>
    <message>
        <source>Fewest workers</source>
        <translation>Mindestanzahl an Workern</translation>
    </message>
    <message>
        <source>Most workers</source>
        <translation>Höchstanzahl an Workern</translation>
    </message>
    <message>
        <source>Workers are added or removed while “%1” runs; what runs on it goes on.</source>
        <translation>Worker werden hinzugefügt oder entfernt, während „%1“ läuft; was darauf läuft, wird fortgesetzt.</translation>
    </message>
    <message>
        <source>“%1” is %2: the new size is saved and used when it next starts.</source>
        <translation>„%1“ hat den Status „%2“: Die neue Größe wird gespeichert und beim nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation>&amp;Größe ändern</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The fewest workers cannot be more than the most workers.</source>
        <translation>Die Mindestanzahl an Workern darf nicht größer als die Höchstanzahl sein.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ResourceListView</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not list them: %1</source>
        <translation>Auflisten nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not list them.</source>
        <translation>Auflisten nicht möglich.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Nichts entspricht dem Filter.</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunDurationsChart</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
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
        <translation>Ausführungsdauern</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 bisher</translation>
    </message>
    <message>
        <source>Run %1
Started %2
Duration %3
%4</source>
        <translation>Ausführung %1
Gestartet %2
Dauer %3
%4</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Ausführungen.</translation>
    </message>
    <message>
        <source>Run %1 on %2: %3, %4.</source>
        <translation>Ausführung %1 am %2: %3, %4.</translation>
    </message>
    <message>
        <source>Duration (%1)</source>
        <translation>Dauer (%1)</translation>
    </message>
    <message>
        <source>No runs yet.
Runs of this job will show here with how long they took.</source>
        <translation>Noch keine Ausführungen.
Ausführungen dieses Jobs werden hier mit ihrer Dauer angezeigt.</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunNowDialog</name>
    <message>
        <source>Run Now with Different Settings — %1</source>
        <translation>Jetzt mit anderen Einstellungen ausführen — %1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the job now</source>
        <translation>Den Job jetzt ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>This job takes no parameters.</source>
        <translation>Dieser Job hat keine Parameter.</translation>
    </message>
    <message>
        <source>An older job: parameters are passed per task type. Only values that differ from the tasks&apos; own are sent.</source>
        <translation>Ein älterer Job: Parameter werden pro Aufgabentyp übergeben. Nur Werte, die von denen der Aufgaben abweichen, werden gesendet.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Tasks to run</source>
        <translation>Auszuführende Aufgaben</translation>
    </message>
    <message>
        <source>Runs only the checked tasks; with all of them checked the whole job runs.</source>
        <translation>Führt nur die markierten Aufgaben aus; sind alle markiert, läuft der ganze Job.</translation>
    </message>
    <message>
        <source>&amp;Full refresh of the pipeline tasks (recompute every table from scratch)</source>
        <translation>&amp;Vollständige Aktualisierung der Pipeline-Aufgaben (jede Tabelle von Grund auf neu berechnen)</translation>
    </message>
    <message>
        <source>Full refresh of the pipeline tasks</source>
        <translation>Vollständige Aktualisierung der Pipeline-Aufgaben</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>The run did not start: %1</source>
        <translation>Die Ausführung wurde nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunPane</name>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Notebook result</source>
        <translation>Notebook-Ergebnis</translation>
    </message>
    <message>
        <source>Error and error trace</source>
        <translation>Fehler und Fehler-Trace</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Open the run in the browser</source>
        <translation>Die Ausführung im Browser öffnen</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>%1 konnte nicht in einem Browser geöffnet werden.</translation>
    </message>
    <message>
        <source>Select a task on the timeline to see its output.</source>
        <translation>Wählen Sie eine Aufgabe in der Zeitleiste aus, um ihre Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ausführung %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>Die Ausführung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read run %1: %2</source>
        <translation>Ausführung %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Ausführung %1 · %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <source>trigger: %1</source>
        <translation>Trigger: %1</translation>
    </message>
    <message numerus="yes">
        <source>repaired %n time(s)</source>
        <translation>
            <numerusform>%n-mal repariert</numerusform>
            <numerusform>%n-mal repariert</numerusform>
        </translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation>Ausgabe von %1</translation>
    </message>
    <message>
        <source>Reading the output…</source>
        <translation>Ausgabe wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the output: %1</source>
        <translation>Die Ausgabe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The notebook result was cut off: the API returns its first 5 MB.</source>
        <translation>Das Notebook-Ergebnis wurde abgeschnitten: Die API liefert die ersten 5 MB.</translation>
    </message>
    <message>
        <source>The logs were cut off: the API returns their last 5 MB.</source>
        <translation>Die Protokolle wurden abgeschnitten: Die API liefert die letzten 5 MB.</translation>
    </message>
    <message>
        <source>The task is still running; its output appears when it has some.</source>
        <translation>Die Aufgabe läuft noch; ihre Ausgabe erscheint, sobald es welche gibt.</translation>
    </message>
    <message>
        <source>This task left no output. A notebook gives a result only when it calls dbutils.notebook.exit(); the full notebook output is in the browser.</source>
        <translation>Diese Aufgabe hat keine Ausgabe hinterlassen. Ein Notebook liefert nur dann ein Ergebnis, wenn es dbutils.notebook.exit() aufruft; die vollständige Notebook-Ausgabe ist im Browser zu sehen.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunTimelineView</name>
    <message>
        <source>Task run timeline</source>
        <translation>Zeitleiste der Aufgabenausführungen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Dauerte %1</translation>
    </message>
    <message>
        <source>Setup %1, execution %2, cleanup %3</source>
        <translation>Einrichtung %1, Ausführung %2, Bereinigung %3</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Task run %1</source>
        <translation>Aufgabenausführung %1</translation>
    </message>
    <message>
        <source>No task runs yet.</source>
        <translation>Noch keine Aufgabenausführungen.</translation>
    </message>
    <message>
        <source>%1, running</source>
        <translation>%1, läuft</translation>
    </message>
    <message>
        <source>Task runs: %1.</source>
        <translation>Aufgabenausführungen: %1.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Ausgewählt: %1.</translation>
    </message>
    <message>
        <source>%1: %2, not started.</source>
        <translation>%1: %2, nicht gestartet.</translation>
    </message>
    <message>
        <source>%1: %2, started %3, %4.</source>
        <translation>%1: %2, gestartet %3, %4.</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunsModel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Ausführungs-ID</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>From another job</source>
        <translation>Von einem anderen Job</translation>
    </message>
    <message>
        <source>File arrival</source>
        <translation>Dateieingang</translation>
    </message>
    <message>
        <source>Table update</source>
        <translation>Tabellenaktualisierung</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Kontinuierlich</translation>
    </message>
</context>
<context>
    <name>brickdesk::ScopeAclModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>Dienstprinzipal</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <source>users (all workspace users)</source>
        <translation>users (alle Benutzer des Arbeitsbereichs)</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
</context>
<context>
    <name>brickdesk::ScopeAclPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Scope permissions</source>
        <translation>Scope-Berechtigungen</translation>
    </message>
    <message>
        <source>Add a principal to the scope&apos;s permissions</source>
        <translation>Einen Prinzipal zu den Berechtigungen des Scopes hinzufügen</translation>
    </message>
    <message>
        <source>Change the selected principal&apos;s permission</source>
        <translation>Berechtigung des ausgewählten Prinzipals ändern</translation>
    </message>
    <message>
        <source>Remove the selected principal&apos;s permission</source>
        <translation>Berechtigung des ausgewählten Prinzipals entfernen</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Could not list who may use “%1”: %2</source>
        <translation>Es konnte nicht aufgelistet werden, wer „%1“ verwenden darf: %2</translation>
    </message>
    <message>
        <source>Azure Key Vault %1
%2
Its secrets are managed in Azure and cannot be put or deleted here; who may read them is set below.</source>
        <translation>Azure Key Vault %1
%2
Seine Secrets werden in Azure verwaltet und können hier weder hinterlegt noch gelöscht werden; wer sie lesen darf, wird unten festgelegt.</translation>
    </message>
    <message>
        <source>Backed by Databricks.</source>
        <translation>Von Databricks gestützt.</translation>
    </message>
    <message>
        <source>Giving %1 %2 on “%3”…</source>
        <translation>%1 wird die Berechtigung %2 für „%3“ erteilt…</translation>
    </message>
    <message>
        <source>%1 now has %2 on “%3”.</source>
        <translation>%1 hat jetzt die Berechtigung %2 für „%3“.</translation>
    </message>
    <message>
        <source>Remove %1&apos;s access to scope “%2” in workspace “%3”?</source>
        <translation>Den Zugriff von %1 auf den Scope „%2“ im Arbeitsbereich „%3“ entfernen?</translation>
    </message>
    <message>
        <source>Jobs and clusters that run as %1 can no longer read the scope&apos;s secrets, unless a group gives them access.</source>
        <translation>Jobs und Cluster, die als %1 ausgeführt werden, können die Secrets des Scopes nicht mehr lesen, sofern ihnen nicht eine Gruppe Zugriff gewährt.</translation>
    </message>
    <message>
        <source>Remove Access</source>
        <translation>Zugriff entfernen</translation>
    </message>
    <message>
        <source>Removing %1 from “%2”…</source>
        <translation>%1 wird aus „%2“ entfernt…</translation>
    </message>
    <message>
        <source>%1 no longer has access to “%2”.</source>
        <translation>%1 hat keinen Zugriff mehr auf „%2“.</translation>
    </message>
    <message>
        <source>The permission was not changed: %1</source>
        <translation>Die Berechtigung wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretNames</name>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Name ist %1 Zeichen lang; höchstens %2 sind zulässig.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>The name cannot contain %1. %2</source>
        <translation>Der Name darf kein %1 enthalten. %2</translation>
    </message>
    <message>
        <source>Use letters, digits, “-”, “_”, “.” and “@”.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, „-“, „_“, „.“ und „@“.</translation>
    </message>
    <message>
        <source>Use letters, digits, “-”, “_” and “.”.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, „-“, „_“ und „.“.</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretUsageIndex</name>
    <message>
        <source>Jobs could not be read: %1</source>
        <translation>Jobs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Clusters could not be read: %1</source>
        <translation>Cluster konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Pipelines could not be read: %1</source>
        <translation>Pipelines konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Secret scopes could not be read: %1</source>
        <translation>Secret-Scopes konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Pipeline “%1” could not be read: %2</source>
        <translation>Pipeline „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Keys of scope “%1” could not be listed: %2</source>
        <translation>Die Schlüssel des Scopes „%1“ konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Looking through jobs, clusters and pipelines…</source>
        <translation>Jobs, Cluster und Pipelines werden durchsucht…</translation>
    </message>
    <message>
        <source>Read %1 jobs, %2 clusters and %3 of %4 pipelines…</source>
        <translation>%1 Jobs, %2 Cluster und %3 von %4 Pipelines gelesen…</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretUsageModel</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>%1 %2 (id %3)</source>
        <translation>%1 %2 (ID %3)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretUsagePanel</name>
    <message>
        <source>1 job</source>
        <translation>1 Job</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 Jobs</translation>
    </message>
    <message>
        <source>1 cluster</source>
        <translation>1 Cluster</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 Cluster</translation>
    </message>
    <message>
        <source>1 pipeline</source>
        <translation>1 Pipeline</translation>
    </message>
    <message>
        <source>%1 pipelines</source>
        <translation>%1 Pipelines</translation>
    </message>
    <message>
        <source>Not referenced by any job, cluster or pipeline</source>
        <translation>Wird von keinem Job, keinem Cluster und keiner Pipeline referenziert</translation>
    </message>
    <message>
        <source>Used by %1</source>
        <translation>Verwendet von %1</translation>
    </message>
    <message>
        <source>Used by %1 and %2</source>
        <translation>Verwendet von %1 und %2</translation>
    </message>
    <message>
        <source>Used by %1, %2 and %3</source>
        <translation>Verwendet von %1, %2 und %3</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Secret usage</source>
        <translation>Secret-Verwendung</translation>
    </message>
    <message>
        <source>Usage summary</source>
        <translation>Verwendungsübersicht</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>Was nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>Refresh usage</source>
        <translation>Verwendung aktualisieren</translation>
    </message>
    <message>
        <source>Jobs, clusters and pipelines using the secret</source>
        <translation>Jobs, Cluster und Pipelines, die das Secret verwenden</translation>
    </message>
    <message>
        <source>Not everything could be read, so this may be incomplete:
%1</source>
        <translation>Nicht alles konnte gelesen werden, daher ist dies möglicherweise unvollständig:
%1</translation>
    </message>
    <message>
        <source>Looking through jobs, clusters and pipelines…</source>
        <translation>Jobs, Cluster und Pipelines werden durchsucht…</translation>
    </message>
    <message>
        <source>No references to keys that do not exist</source>
        <translation>Keine Referenzen auf nicht vorhandene Schlüssel</translation>
    </message>
    <message>
        <source>1 reference to a key that does not exist</source>
        <translation>1 Referenz auf einen nicht vorhandenen Schlüssel</translation>
    </message>
    <message>
        <source>%1 references to keys that do not exist</source>
        <translation>%1 Referenzen auf nicht vorhandene Schlüssel</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretValueCopier</name>
    <message>
        <source>Copy the value of “%1” in scope “%2” to the clipboard?</source>
        <translation>Den Wert von „%1“ im Scope „%2“ in die Zwischenablage kopieren?</translation>
    </message>
    <message numerus="yes">
        <source>Any application can read the clipboard. Brickdesk clears it again after %n second(s) if the value is still there.</source>
        <translation>
            <numerusform>Jede Anwendung kann die Zwischenablage lesen. Brickdesk leert sie nach %n Sekunde wieder, wenn der Wert noch darin ist.</numerusform>
            <numerusform>Jede Anwendung kann die Zwischenablage lesen. Brickdesk leert sie nach %n Sekunden wieder, wenn der Wert noch darin ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Reading the value of “%1”…</source>
        <translation>Wert von „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>This workspace does not let secret values be read through the API (it answered BAD_REQUEST). Read it from a notebook with dbutils.secrets.get instead.</source>
        <translation>Dieser Arbeitsbereich erlaubt nicht, Secret-Werte über die API zu lesen (Antwort: BAD_REQUEST). Lesen Sie den Wert stattdessen in einem Notebook mit dbutils.secrets.get.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of “%1” as base64; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Der Wert von „%1“ wurde als Base64 kopiert; die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Der Wert von „%1“ wurde als Base64 kopiert; die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of “%1”; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Der Wert von „%1“ wurde kopiert; die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Der Wert von „%1“ wurde kopiert; die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsActions</name>
    <message>
        <source>New &amp;Scope…</source>
        <translation>Neuer &amp;Scope…</translation>
    </message>
    <message>
        <source>Create a secret scope</source>
        <translation>Einen Secret-Scope erstellen</translation>
    </message>
    <message>
        <source>&amp;Put Secret…</source>
        <translation>Secret &amp;hinterlegen…</translation>
    </message>
    <message>
        <source>Put a secret in the scope</source>
        <translation>Ein Secret im Scope hinterlegen</translation>
    </message>
    <message>
        <source>Delete Scope…</source>
        <translation>Scope löschen…</translation>
    </message>
    <message>
        <source>Delete the scope</source>
        <translation>Den Scope löschen</translation>
    </message>
    <message>
        <source>&amp;Delete Secret…</source>
        <translation>Secret &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected secret</source>
        <translation>Das ausgewählte Secret löschen</translation>
    </message>
    <message>
        <source>Copy &amp;Reference</source>
        <translation>&amp;Referenz kopieren</translation>
    </message>
    <message>
        <source>Copy {{secrets/scope/key}}, as job and cluster settings name it</source>
        <translation>{{secrets/scope/key}} kopieren, so wie Job- und Cluster-Einstellungen darauf verweisen</translation>
    </message>
    <message>
        <source>Copy &amp;Value…</source>
        <translation>&amp;Wert kopieren…</translation>
    </message>
    <message>
        <source>Put the value on the clipboard for 30 seconds</source>
        <translation>Den Wert für 30 Sekunden in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>Permissions…</source>
        <translation>Berechtigungen…</translation>
    </message>
    <message>
        <source>Who may read, write or manage every scope, in one table</source>
        <translation>Wer welchen Scope lesen, schreiben oder verwalten darf, in einer Tabelle</translation>
    </message>
    <message>
        <source>Where Used…</source>
        <translation>Verwendungsnachweis…</translation>
    </message>
    <message>
        <source>Jobs, clusters and pipelines that use secrets, and references to keys that do not exist</source>
        <translation>Jobs, Cluster und Pipelines, die Secrets verwenden, sowie Referenzen auf nicht vorhandene Schlüssel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the scopes and opened scopes&apos; keys again</source>
        <translation>Die Scopes und die Schlüssel geöffneter Scopes erneut auflisten</translation>
    </message>
    <message>
        <source>Secrets of an Azure Key Vault scope are managed in Azure.</source>
        <translation>Die Secrets eines Scopes mit Azure Key Vault werden in Azure verwaltet.</translation>
    </message>
    <message>
        <source>Creating scope “%1”…</source>
        <translation>Scope „%1“ wird erstellt…</translation>
    </message>
    <message>
        <source>Created scope “%1”.</source>
        <translation>Scope „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Could not create the scope: %1</source>
        <translation>Der Scope konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Counting the secrets in “%1”…</source>
        <translation>Secrets in „%1“ werden gezählt…</translation>
    </message>
    <message>
        <source>Could not list the secrets of “%1”: %2</source>
        <translation>Die Secrets von „%1“ konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Delete the empty scope “%1” from workspace “%2”?</source>
        <translation>Den leeren Scope „%1“ aus dem Arbeitsbereich „%2“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete scope “%1” and its %n secret(s) from workspace “%2”?</source>
        <translation>
            <numerusform>Den Scope „%1“ und sein %n Secret aus dem Arbeitsbereich „%2“ löschen?</numerusform>
            <numerusform>Den Scope „%1“ und seine %n Secrets aus dem Arbeitsbereich „%2“ löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs, clusters and pipelines that read these secrets will fail. This cannot be undone.</source>
        <translation>Jobs, Cluster und Pipelines, die diese Secrets lesen, schlagen fehl. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete Scope</source>
        <translation>Scope löschen</translation>
    </message>
    <message>
        <source>Deleting scope “%1”…</source>
        <translation>Scope „%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleted scope “%1”.</source>
        <translation>Scope „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete the scope: %1</source>
        <translation>Der Scope konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Replace the value of “%1” in scope “%2” of workspace “%3”?</source>
        <translation>Den Wert von „%1“ im Scope „%2“ des Arbeitsbereichs „%3“ ersetzen?</translation>
    </message>
    <message>
        <source>The key exists. Its current value is overwritten and cannot be recovered.</source>
        <translation>Der Schlüssel ist bereits vorhanden. Sein aktueller Wert wird überschrieben und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Putting “%1” in “%2”…</source>
        <translation>„%1“ wird in „%2“ hinterlegt…</translation>
    </message>
    <message>
        <source>Put “%1” in “%2”.</source>
        <translation>„%1“ wurde in „%2“ hinterlegt.</translation>
    </message>
    <message>
        <source>The secret was not put: %1</source>
        <translation>Das Secret wurde nicht hinterlegt: %1</translation>
    </message>
    <message>
        <source>Delete secret “%1” from scope “%2” in workspace “%3”?</source>
        <translation>Das Secret „%1“ aus dem Scope „%2“ im Arbeitsbereich „%3“ löschen?</translation>
    </message>
    <message>
        <source>No job, cluster or pipeline that Brickdesk looked at uses it. This cannot be undone.</source>
        <translation>Keiner der von Brickdesk geprüften Jobs, Cluster und Pipelines verwendet es. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>It is used by %n thing(s), which will fail when they next start: %1. This cannot be undone.</source>
        <translation>
            <numerusform>Es wird von %n Element verwendet, das beim nächsten Start fehlschlägt: %1. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Es wird von %n Elementen verwendet, die beim nächsten Start fehlschlagen: %1. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Secret</source>
        <translation>Secret löschen</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleted “%1” from “%2”.</source>
        <translation>„%1“ wurde aus „%2“ gelöscht.</translation>
    </message>
    <message>
        <source>The secret was not deleted: %1</source>
        <translation>Das Secret wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsBrowser</name>
    <message>
        <source>Select a scope or a key</source>
        <translation>Wählen Sie einen Scope oder einen Schlüssel aus</translation>
    </message>
    <message>
        <source>A scope shows who may read, write or manage it; a key shows the reference to use in settings and where it is used.</source>
        <translation>Ein Scope zeigt, wer ihn lesen, schreiben oder verwalten darf; ein Schlüssel zeigt die Referenz für Einstellungen und wo er verwendet wird.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Secret References — %1</source>
        <translation>Secret-Referenzen — %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Backend / Updated</source>
        <translation>Backend / Aktualisiert</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
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
        <translation>unter 1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure Key Vault scope backed by %1 (%2).
Its secrets are managed in Azure: they cannot be put or deleted here.</source>
        <translation>Durch Azure Key Vault gestützter Scope: %1 (%2).
Seine Secrets werden in Azure verwaltet: Sie können hier weder hinterlegt noch gelöscht werden.</translation>
    </message>
    <message>
        <source>Databricks-backed scope “%1”</source>
        <translation>Databricks-gestützter Scope „%1“</translation>
    </message>
    <message>
        <source>Secret scope, %1</source>
        <translation>Secret-Scope, %1</translation>
    </message>
    <message numerus="yes">
        <source>Not updated for more than %n day(s): consider rotating it.</source>
        <translation>
            <numerusform>Seit mehr als %n Tag nicht aktualisiert: Erwägen Sie, es zu rotieren.</numerusform>
            <numerusform>Seit mehr als %n Tagen nicht aktualisiert: Erwägen Sie, es zu rotieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Secret, not updated for more than %n day(s)</source>
        <translation>
            <numerusform>Secret, seit mehr als %n Tag nicht aktualisiert</numerusform>
            <numerusform>Secret, seit mehr als %n Tagen nicht aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsView</name>
    <message>
        <source>Secret scopes</source>
        <translation>Secret-Scopes</translation>
    </message>
    <message>
        <source>This workspace has no secret scopes yet. Create one with New Scope.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Secret-Scopes. Erstellen Sie einen mit „Neuer Scope“.</translation>
    </message>
</context>
<context>
    <name>brickdesk::SignInBanner</name>
    <message>
        <source>Sign In Again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Your session for %1 has expired. Sign in again to continue; what you were doing resumes afterwards.</source>
        <translation>Ihre Sitzung für %1 ist abgelaufen. Melden Sie sich erneut an, um fortzufahren; anschließend wird Ihre Arbeit fortgesetzt.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to %1 in your browser…</source>
        <translation>Warten auf die Anmeldung bei %1 in Ihrem Browser…</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>Die Anmeldung bei %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::StartUpdateDialog</name>
    <message>
        <source>Start Update — %1</source>
        <translation>Update starten — %1</translation>
    </message>
    <message>
        <source>Start an update of %1</source>
        <translation>Ein Update von %1 starten</translation>
    </message>
    <message>
        <source>&amp;Refresh all tables</source>
        <translation>&amp;Alle Tabellen aktualisieren</translation>
    </message>
    <message>
        <source>Process what is new in every table</source>
        <translation>Neue Daten in jeder Tabelle verarbeiten</translation>
    </message>
    <message>
        <source>&amp;Full refresh of all tables</source>
        <translation>&amp;Vollständige Aktualisierung aller Tabellen</translation>
    </message>
    <message>
        <source>Empty every table and recompute it from all its sources</source>
        <translation>Jede Tabelle leeren und aus allen ihren Quellen neu berechnen</translation>
    </message>
    <message>
        <source>Refresh &amp;selected tables</source>
        <translation>A&amp;usgewählte Tabellen aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the tables ticked below, each incrementally or in full</source>
        <translation>Die unten angehakten Tabellen aktualisieren, jeweils inkrementell oder vollständig</translation>
    </message>
    <message>
        <source>&amp;Validate only</source>
        <translation>&amp;Nur validieren</translation>
    </message>
    <message>
        <source>Check the pipeline&apos;s code and tables without writing anything</source>
        <translation>Code und Tabellen der Pipeline prüfen, ohne etwas zu schreiben</translation>
    </message>
    <message>
        <source>Tables to refresh</source>
        <translation>Zu aktualisierende Tabellen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Full refresh</source>
        <translation>Vollständige Aktualisierung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The tables could not be read: %1</source>
        <translation>Die Tabellen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The pipeline has not run yet, so its tables are not known: refresh all of them or validate first.</source>
        <translation>Die Pipeline wurde noch nicht ausgeführt, daher sind ihre Tabellen nicht bekannt: Aktualisieren Sie alle Tabellen oder validieren Sie zuerst.</translation>
    </message>
    <message>
        <source>Reading the tables of the latest update…</source>
        <translation>Die Tabellen des letzten Updates werden gelesen…</translation>
    </message>
    <message>
        <source>Refresh %1 with what is new</source>
        <translation>%1 mit neuen Daten aktualisieren</translation>
    </message>
    <message>
        <source>Empty %1 and recompute it</source>
        <translation>%1 leeren und neu berechnen</translation>
    </message>
    <message>
        <source>The latest update defined no tables.</source>
        <translation>Das letzte Update hat keine Tabellen definiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in the latest update.</source>
        <translation>
            <numerusform>%n Tabelle im letzten Update.</numerusform>
            <numerusform>%n Tabellen im letzten Update.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one table to refresh.</source>
        <translation>Haken Sie mindestens eine zu aktualisierende Tabelle an.</translation>
    </message>
    <message>
        <source>A full refresh empties every table and recomputes it from all its sources: streaming tables lose data their sources no longer hold, and it takes longer.</source>
        <translation>Eine vollständige Aktualisierung leert jede Tabelle und berechnet sie aus allen ihren Quellen neu: Streamingtabellen verlieren Daten, die ihre Quellen nicht mehr enthalten, und es dauert länger.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) will be emptied and recomputed from their sources.</source>
        <translation>
            <numerusform>%n Tabelle wird geleert und aus ihren Quellen neu berechnet.</numerusform>
            <numerusform>%n Tabellen werden geleert und aus ihren Quellen neu berechnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::StatusLine</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>brickdesk::TaskGraphView</name>
    <message>
        <source>Task graph</source>
        <translation>Aufgabengraph</translation>
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
        <translation>Rechenressource: %1</translation>
    </message>
    <message>
        <source>Runs if: %1</source>
        <translation>Läuft, wenn: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nach: %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Keine Aufgaben.</translation>
    </message>
    <message>
        <source>Tasks: %1.</source>
        <translation>Aufgaben: %1.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Ausgewählt: %1.</translation>
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
        <translation>%1, läuft zuerst</translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1, nach %2</translation>
    </message>
    <message>
        <source>%1, runs if %2</source>
        <translation>%1, läuft, wenn %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::Transfer</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>brickdesk::TransferModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Byte</translation>
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
        <translation>%1 von %2</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>brickdesk::TransferPanel</name>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected transfers</source>
        <translation>Ausgewählte Übertragungen abbrechen</translation>
    </message>
    <message>
        <source>Cancel All</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <source>Cancel every transfer that has not finished</source>
        <translation>Alle nicht abgeschlossenen Übertragungen abbrechen</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Run the failed and cancelled transfers again</source>
        <translation>Fehlgeschlagene und abgebrochene Übertragungen erneut ausführen</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Remove finished transfers from the list</source>
        <translation>Abgeschlossene Übertragungen aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Failures Only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Show only the transfers that failed</source>
        <translation>Nur fehlgeschlagene Übertragungen anzeigen</translation>
    </message>
    <message>
        <source>Uploads, downloads, imports and exports appear here.</source>
        <translation>Uploads, Downloads, Importe und Exporte werden hier angezeigt.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 fertig</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::TriggerText</name>
    <message>
        <source>Hourly at %1</source>
        <translation>Stündlich um %1</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Täglich um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation>Monatlich am %1. um %2</translation>
    </message>
    <message>
        <source>Monthly on the last day at %1</source>
        <translation>Monatlich am letzten Tag um %1</translation>
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
        <translation>Bei Dateieingang</translation>
    </message>
    <message>
        <source>On table update</source>
        <translation>Bei Tabellenaktualisierung</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Kontinuierlich</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
</context>
<context>
    <name>brickdesk::UpdateTimeline</name>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Noch kein Fortschritt aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>— %1 after %2.</source>
        <translation>— %1 nach %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s),</source>
        <translation>
            <numerusform>%n Flow,</numerusform>
            <numerusform>%n Flows,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>none failed.</source>
        <translation>keiner fehlgeschlagen.</translation>
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
        <translation>Update-Zeitachse</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>Still going after %1</source>
        <translation>Läuft nach %1 noch</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Dauerte %1</translation>
    </message>
    <message>
        <source>The update ended: %1</source>
        <translation>Das Update wurde beendet: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Queued at %1</source>
        <translation>In Warteschlange ab %1</translation>
    </message>
    <message>
        <source>Waited %1 before running</source>
        <translation>Hat vor der Ausführung %1 gewartet</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>Ran for %1</source>
        <translation>Lief %1 lang</translation>
    </message>
    <message>
        <source>Not running yet</source>
        <translation>Läuft noch nicht</translation>
    </message>
    <message>
        <source>Did not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Output rows: %1</source>
        <translation>Ausgabezeilen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Error at %1</source>
        <translation>Fehler bei %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No progress recorded for this update yet.</source>
        <translation>Für dieses Update wurde noch kein Fortschritt aufgezeichnet.</translation>
    </message>
    <message>
        <source>Phases and flows</source>
        <translation>Phasen und Flows</translation>
    </message>
</context>
<context>
    <name>brickdesk::UserSignIn</name>
    <message numerus="yes">
        <source>Sign-in timed out: the browser did not come back within %n minute(s).</source>
        <translation>
            <numerusform>Zeitüberschreitung bei der Anmeldung: Der Browser hat sich nicht innerhalb von %n Minute zurückgemeldet.</numerusform>
            <numerusform>Zeitüberschreitung bei der Anmeldung: Der Browser hat sich nicht innerhalb von %n Minuten zurückgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No local port between 8020 and 8040 is free for the sign-in redirect. Close other sign-in windows (the Databricks CLI uses the same ports) and try again.</source>
        <translation>Für die Weiterleitung der Anmeldung ist kein lokaler Port zwischen 8020 und 8040 frei. Schließen Sie andere Anmeldefenster (die Databricks CLI verwendet dieselben Ports) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this sign-in attempt. Try again.</source>
        <translation>Die Antwort passt nicht zu diesem Anmeldeversuch. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace refused the sign-in: %1</source>
        <translation>Der Arbeitsbereich hat die Anmeldung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>List the selected folder again (F5)</source>
        <translation>Ausgewählten Ordner erneut auflisten (F5)</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <source>Create a folder in the selected folder (Ctrl+Shift+N)</source>
        <translation>Einen Ordner im ausgewählten Ordner erstellen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected objects from the workspace (Del)</source>
        <translation>Ausgewählte Objekte aus dem Arbeitsbereich löschen (Entf)</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the workspace path of the selection (Ctrl+Shift+C)</source>
        <translation>Arbeitsbereichspfad der Auswahl kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open the selected object in the workspace web UI</source>
        <translation>Ausgewähltes Objekt in der Weboberfläche des Arbeitsbereichs öffnen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import files or notebooks into the selected folder (Ctrl+I)</source>
        <translation>Dateien oder Notebooks in den ausgewählten Ordner importieren (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the selected objects (Ctrl+E)</source>
        <translation>Ausgewählte Objekte exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>Creating the folder “%1”…</source>
        <translation>Ordner „%1“ wird erstellt…</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”: %2</source>
        <translation>Der Ordner „%1“ konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>%1 konnte nicht in einem Browser geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceConnector</name>
    <message>
        <source>The keychain refused to give out the secret: %1</source>
        <translation>Der Schlüsselbund hat die Herausgabe der Zugangsdaten verweigert: %1</translation>
    </message>
    <message>
        <source>No personal access token is stored for “%1”. Edit the connection and enter one.</source>
        <translation>Für „%1“ ist kein persönliches Zugriffstoken gespeichert. Bearbeiten Sie die Verbindung und geben Sie eines ein.</translation>
    </message>
    <message>
        <source>The service principal&apos;s client id or secret is missing for “%1”.</source>
        <translation>Für „%1“ fehlt die Client-ID oder das Secret des Dienstprinzipals.</translation>
    </message>
    <message>
        <source>Signing in needs a web browser, and none is available.</source>
        <translation>Für die Anmeldung wird ein Webbrowser benötigt, es ist jedoch keiner verfügbar.</translation>
    </message>
    <message>
        <source>This connection cannot sign in through the browser.</source>
        <translation>Diese Verbindung kann sich nicht über den Browser anmelden.</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceDeleter</name>
    <message numerus="yes">
        <source>Counting what is in “%1”… %n found</source>
        <translation>
            <numerusform>Inhalt von „%1“ wird gezählt… %n gefunden</numerusform>
            <numerusform>Inhalt von „%1“ wird gezählt… %n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting what is in “%1”…</source>
        <translation>Inhalt von „%1“ wird gezählt…</translation>
    </message>
    <message>
        <source>Delete the empty folder “%1” from workspace “%2”?</source>
        <translation>Den leeren Ordner „%1“ aus dem Arbeitsbereich „%2“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n objects in it from workspace “%2”?</source>
        <translation>
            <numerusform>Den Ordner „%1“ und das %n Objekt darin aus dem Arbeitsbereich „%2“ löschen?</numerusform>
            <numerusform>Den Ordner „%1“ und die %n Objekte darin aus dem Arbeitsbereich „%2“ löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the notebook “%1” from workspace “%2”?</source>
        <translation>Das Notebook „%1“ aus dem Arbeitsbereich „%2“ löschen?</translation>
    </message>
    <message>
        <source>Delete the file “%1” from workspace “%2”?</source>
        <translation>Die Datei „%1“ aus dem Arbeitsbereich „%2“ löschen?</translation>
    </message>
    <message>
        <source>Delete “%1” from workspace “%2”?</source>
        <translation>„%1“ aus dem Arbeitsbereich „%2“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected objects from workspace “%1”?</source>
        <translation>
            <numerusform>Das %n ausgewählte Objekt aus dem Arbeitsbereich „%1“ löschen?</numerusform>
            <numerusform>Die %n ausgewählten Objekte aus dem Arbeitsbereich „%1“ löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %1 selected objects and the %n objects in their folders from workspace “%2”?</source>
        <translation>
            <numerusform>Die %1 ausgewählten Objekte und das %n Objekt in ihren Ordnern aus dem Arbeitsbereich „%2“ löschen?</numerusform>
            <numerusform>Die %1 ausgewählten Objekte und die %n Objekte in ihren Ordnern aus dem Arbeitsbereich „%2“ löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Some folders could not be listed, so there may be more objects: %1</source>
        <translation>Einige Ordner konnten nicht aufgelistet werden, daher gibt es möglicherweise weitere Objekte: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n objects…</source>
        <translation>
            <numerusform>%n Objekt wird gelöscht…</numerusform>
            <numerusform>%n Objekte werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceExportTransfer</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped: %1 already exists</source>
        <translation>Übersprungen: %1 ist bereits vorhanden</translation>
    </message>
    <message>
        <source>Waiting: %1 already exists</source>
        <translation>Wartend: %1 ist bereits vorhanden</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Not exported: %1 is larger than the 10 MB the workspace exports</source>
        <translation>Nicht exportiert: %1 ist größer als die 10 MB, die der Arbeitsbereich exportiert</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>%1 konnte nicht exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceFolderExport</name>
    <message numerus="yes">
        <source>Listing… %n object(s)</source>
        <translation>
            <numerusform>Wird aufgelistet… %n Objekt</numerusform>
            <numerusform>Wird aufgelistet… %n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Wird aufgelistet…</translation>
    </message>
    <message>
        <source>Could not list a folder: %1</source>
        <translation>Ein Ordner konnte nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n local folder(s)…</source>
        <translation>
            <numerusform>%n lokaler Ordner wird erstellt…</numerusform>
            <numerusform>%n lokale Ordner werden erstellt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the local folder %1</source>
        <translation>Der lokale Ordner %1 konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceImportBatch</name>
    <message numerus="yes">
        <source>Import of %n item(s)</source>
        <translation>
            <numerusform>Import von %n Element</numerusform>
            <numerusform>Import von %n Elementen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating %n folder(s)…</source>
        <translation>
            <numerusform>%n Ordner wird erstellt…</numerusform>
            <numerusform>%n Ordner werden erstellt…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>Could not create %n folder(s): %1</source>
        <translation>
            <numerusform>%n Ordner konnte nicht erstellt werden: %1</numerusform>
            <numerusform>%n Ordner konnten nicht erstellt werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceImportTransfer</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Notebook is %1 MB (%2 MB encoded); the workspace accepts at most 10 MB</source>
        <translation>Das Notebook ist %1 MB groß (%2 MB codiert); der Arbeitsbereich akzeptiert höchstens 10 MB</translation>
    </message>
    <message>
        <source>Replacing %1…</source>
        <translation>%1 wird ersetzt…</translation>
    </message>
    <message>
        <source>A folder exists at %1; it cannot be replaced by a file</source>
        <translation>Unter %1 befindet sich ein Ordner; er kann nicht durch eine Datei ersetzt werden</translation>
    </message>
    <message>
        <source>Skipped: exists at %1</source>
        <translation>Übersprungen: unter %1 vorhanden</translation>
    </message>
    <message>
        <source>Waiting: %1 already exists</source>
        <translation>Wartend: %1 ist bereits vorhanden</translation>
    </message>
    <message>
        <source>A DBC archive cannot replace %1; remove it first or import under another name</source>
        <translation>Ein DBC-Archiv kann %1 nicht ersetzen; entfernen Sie es zuerst oder importieren Sie unter einem anderen Namen</translation>
    </message>
    <message>
        <source>Looking for a free name…</source>
        <translation>Ein freier Name wird gesucht…</translation>
    </message>
    <message>
        <source>No free name for %1</source>
        <translation>Kein freier Name für %1</translation>
    </message>
    <message>
        <source>Creating folder %1…</source>
        <translation>Ordner %1 wird erstellt…</translation>
    </message>
    <message>
        <source>Could not create the folder for %1: %2</source>
        <translation>Der Ordner für %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Notebook is %1 MB; the workspace accepts at most 10 MB</source>
        <translation>Das Notebook ist %1 MB groß; der Arbeitsbereich akzeptiert höchstens 10 MB</translation>
    </message>
    <message>
        <source>No permission to write %1: %2</source>
        <translation>Keine Berechtigung zum Schreiben von %1: %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Git folder</source>
        <translation>Git-Ordner</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>Repo</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>MLflow experiment</source>
        <translation>MLflow-Experiment</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
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
        <translation>Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspacePane</name>
    <message>
        <source>%1 (demo, %2)</source>
        <translation>%1 (Demo, %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>Verbindung mit %1 nicht möglich</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: nicht verbunden</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceTransfers</name>
    <message numerus="yes">
        <source>Importing %n item(s) into %1…</source>
        <translation>
            <numerusform>%n Element wird nach %1 importiert…</numerusform>
            <numerusform>%n Elemente werden nach %1 importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>%1 wird nach %2 exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n object(s) to %1…</source>
        <translation>
            <numerusform>%n Objekt wird nach %1 exportiert…</numerusform>
            <numerusform>%n Objekte werden nach %1 exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) into %1</source>
        <translation>
            <numerusform>%n Element nach %1 importiert</numerusform>
            <numerusform>%n Elemente nach %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see Transfers)</source>
        <translation>
            <numerusform>%n fehlgeschlagen (siehe Übertragungen)</numerusform>
            <numerusform>%n fehlgeschlagen (siehe Übertragungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceView</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Dieser Ordner ist leer.</translation>
    </message>
</context>
<context>
    <name>brickdesk::emulator::EmulatorClock</name>
    <message>
        <source>Invalid time scale: %1 (expected a number greater than 0, e.g. 10, 0.5 or 1/60)</source>
        <translation>Ungültiger Zeitfaktor: %1 (erwartet: eine Zahl größer als 0, z. B. 10, 0.5 oder 1/60)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open a local demo workspace with sample content (no account needed).</source>
        <translation>Einen lokalen Demo-Arbeitsbereich mit Beispielinhalten öffnen (kein Konto erforderlich).</translation>
    </message>
    <message>
        <source>Native desktop console for Databricks workspaces.

Without --demo, Brickdesk reopens the workspaces that were open at the last quit, and the workspace named by the DATABRICKS_HOST and DATABRICKS_TOKEN (or DATABRICKS_CONFIG_PROFILE) environment variables.</source>
        <translation>Native Desktop-Konsole für Databricks-Arbeitsbereiche.

Ohne --demo öffnet Brickdesk die Arbeitsbereiche erneut, die beim letzten Beenden geöffnet waren, sowie den Arbeitsbereich, der durch die Umgebungsvariablen DATABRICKS_HOST und DATABRICKS_TOKEN (oder DATABRICKS_CONFIG_PROFILE) angegeben ist.</translation>
    </message>
</context>
</TS>
