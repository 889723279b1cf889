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
    <name>brickdesk::CredentialStore</name>
    <message>
        <source>No keychain is available (%1). Brickdesk keeps secrets only in the system keychain.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Brickdesk speichert Zugangsdaten ausschließlich im Schlüsselbund des Systems.</translation>
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
        <source>DBFS</source>
        <translation>DBFS</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
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
    <name>brickdesk::WorkspaceModel</name>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>Nicht mit einem Arbeitsbereich verbunden.</translation>
    </message>
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
    <name>brickdesk::WorkspacePane</name>
    <message>
        <source>%1 is not available yet in this version.</source>
        <translation>%1 ist in dieser Version noch nicht verfügbar.</translation>
    </message>
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
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: nicht verbunden</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceView</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>List the selected folder again</source>
        <translation>Ausgewählten Ordner erneut auflisten</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Dieser Ordner ist leer.</translation>
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
