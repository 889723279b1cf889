<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApiError</name>
    <message>
        <source>Request id: %1</source>
        <translation>요청 ID: %1</translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation>HTTP 오류 %1</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>네트워크 오류</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>보안 연결 실패</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>예기치 않은 응답</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>요청 거부됨</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>로그인되지 않음</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>권한 거부됨</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>요청이 너무 많음</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>서버 오류</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>요청 실패</translation>
    </message>
</context>
<context>
    <name>DatabricksConfig</name>
    <message>
        <source>Line %1: “%2” is not a valid section header.</source>
        <translation>%1행: “%2”은(는) 올바른 섹션 헤더가 아닙니다.</translation>
    </message>
    <message>
        <source>Line %1 is neither a section nor a key = value pair.</source>
        <translation>%1행은 섹션도 아니고 키 = 값 쌍도 아닙니다.</translation>
    </message>
</context>
<context>
    <name>DbcArchive</name>
    <message>
        <source>Invalid notebook %1 in DBC archive.</source>
        <translation>DBC 아카이브의 노트북 %1이(가) 잘못되었습니다.</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>Fault &quot;%1&quot; must look like &lt;kind&gt;:&lt;path-pattern&gt;[:key=value]...</source>
        <translation>장애 “%1”은(는) 다음 형식이어야 합니다: &lt;종류&gt;:&lt;경로-패턴&gt;[:키=값]...</translation>
    </message>
    <message>
        <source>Unknown fault kind &quot;%1&quot; (expected rate-limit, latency, error, drop or malformed).</source>
        <translation>알 수 없는 장애 종류 “%1”(rate-limit, latency, error, drop, malformed 중 하나여야 함).</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; must look like key=value.</source>
        <translation>장애 옵션 “%1”은(는) 키=값 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>Drop mode must be abort or mid-body, not %1.</source>
        <translation>drop 모드는 %1이(가) 아니라 abort 또는 mid-body여야 합니다.</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; needs a non-negative integer.</source>
        <translation>장애 옵션 “%1”에는 음이 아닌 정수가 필요합니다.</translation>
    </message>
    <message>
        <source>Fault option &quot;count&quot; must be at least 1.</source>
        <translation>장애 옵션 “count”는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Fault option &quot;status&quot; must be a 5xx status, not %1.</source>
        <translation>장애 옵션 “status”는 %1이(가) 아닌 5xx 상태여야 합니다.</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; does not apply to %2 faults.</source>
        <translation>장애 옵션 “%1”은(는) %2 장애에 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>Latency faults need ms=&lt;milliseconds&gt;.</source>
        <translation>지연 장애에는 ms=&lt;밀리초&gt;가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>HostUrl</name>
    <message>
        <source>Enter the workspace URL, for example https://adb-1234567890123456.7.azuredatabricks.net.</source>
        <translation>작업 영역 URL을 입력하세요(예: https://adb-1234567890123456.7.azuredatabricks.net).</translation>
    </message>
    <message>
        <source>“%1” is not a valid workspace URL.</source>
        <translation>“%1”은(는) 올바른 작업 영역 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>The workspace URL must start with https://.</source>
        <translation>작업 영역 URL은 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The workspace URL must not contain a user name or password.</source>
        <translation>작업 영역 URL에 사용자 이름이나 비밀번호를 포함할 수 없습니다.</translation>
    </message>
    <message>
        <source>Plain http:// is refused for %1: the token would travel unencrypted. Use https://.</source>
        <translation>%1에는 일반 http://를 사용할 수 없습니다. 토큰이 암호화되지 않은 채 전송됩니다. https://를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>JupyterCodec</name>
    <message>
        <source>Not a Jupyter notebook: %1</source>
        <translation>Jupyter 노트북이 아닙니다: %1</translation>
    </message>
    <message>
        <source>Only nbformat 4 notebooks are supported.</source>
        <translation>nbformat 4 노트북만 지원됩니다.</translation>
    </message>
</context>
<context>
    <name>OidcApi</name>
    <message>
        <source>Sign-in failed</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <source>The application is not registered with this workspace.</source>
        <translation>이 애플리케이션은 이 작업 영역에 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The redirect URL is not allowed for this application.</source>
        <translation>이 애플리케이션에는 해당 리디렉션 URL이 허용되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ProfileSources</name>
    <message>
        <source>No token or client credentials are set.</source>
        <translation>토큰 또는 클라이언트 자격 증명이 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>The authentication type “%1” is not supported yet.</source>
        <translation>인증 유형 “%1”은(는) 아직 지원되지 않습니다.</translation>
    </message>
    <message>
        <source>DATABRICKS_CONFIG_PROFILE names “%1”, which is not in %2.</source>
        <translation>DATABRICKS_CONFIG_PROFILE에 지정된 “%1”이(가) %2에 없습니다.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>Not a ZIP archive.</source>
        <translation>ZIP 아카이브가 아닙니다.</translation>
    </message>
    <message>
        <source>Corrupt ZIP central directory.</source>
        <translation>ZIP 중앙 디렉터리가 손상되었습니다.</translation>
    </message>
    <message>
        <source>Corrupt ZIP entry header.</source>
        <translation>ZIP 항목 헤더가 손상되었습니다.</translation>
    </message>
    <message>
        <source>Truncated ZIP entry.</source>
        <translation>ZIP 항목이 잘렸습니다.</translation>
    </message>
    <message>
        <source>Corrupt deflated ZIP entry.</source>
        <translation>Deflate로 압축된 ZIP 항목이 손상되었습니다.</translation>
    </message>
    <message>
        <source>Unsupported ZIP compression method.</source>
        <translation>지원되지 않는 ZIP 압축 방식입니다.</translation>
    </message>
    <message>
        <source>ZIP entry checksum mismatch.</source>
        <translation>ZIP 항목 체크섬이 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk-emulator</name>
    <message>
        <source>Serves an in-memory Databricks workspace on 127.0.0.1.</source>
        <translation>127.0.0.1에서 메모리 내 Databricks 작업 영역을 제공합니다.</translation>
    </message>
    <message>
        <source>TCP port (0 picks a free one).</source>
        <translation>TCP 포트(0이면 사용 가능한 포트를 선택).</translation>
    </message>
    <message>
        <source>The personal access token to accept.</source>
        <translation>허용할 개인 액세스 토큰입니다.</translation>
    </message>
    <message>
        <source>Initial content: demo or empty.</source>
        <translation>초기 콘텐츠: demo 또는 empty.</translation>
    </message>
    <message>
        <source>Inject a fault, e.g. rate-limit:/api/2.0/workspace/*:retry-after=2:count=3 (kinds: rate-limit, latency, error, drop, malformed). Repeatable.</source>
        <translation>장애를 주입합니다. 예: rate-limit:/api/2.0/workspace/*:retry-after=2:count=3 (종류: rate-limit, latency, error, drop, malformed). 여러 번 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Lifetime of issued OAuth access tokens (default 3600).</source>
        <translation>발급된 OAuth 액세스 토큰의 유효 기간(기본값: 3600).</translation>
    </message>
    <message>
        <source>Accept an OAuth M2M client, e.g. my-client-id:my-secret. Repeatable.</source>
        <translation>OAuth M2M 클라이언트를 허용합니다. 예: my-client-id:my-secret. 여러 번 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>잘못된 포트: %1</translation>
    </message>
    <message>
        <source>--token is required.</source>
        <translation>--token이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown seed: %1 (expected demo or empty)</source>
        <translation>알 수 없는 초기 콘텐츠: %1(demo 또는 empty여야 함)</translation>
    </message>
    <message>
        <source>Invalid token lifetime: %1</source>
        <translation>잘못된 토큰 유효 기간: %1</translation>
    </message>
    <message>
        <source>--service-principal expects ID:SECRET</source>
        <translation>--service-principal에는 ID:SECRET 형식이 필요합니다</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1</source>
        <translation>127.0.0.1:%1에서 수신 대기할 수 없습니다</translation>
    </message>
    <message>
        <source>Brickdesk emulator listening on %1</source>
        <translation>Brickdesk 에뮬레이터가 %1에서 수신 대기 중</translation>
    </message>
</context>
<context>
    <name>brickdesk::AboutDialog</name>
    <message>
        <source>About Brickdesk</source>
        <translation>Brickdesk 정보</translation>
    </message>
    <message>
        <source>Brickdesk</source>
        <translation>Brickdesk</translation>
    </message>
    <message>
        <source>Version %1 · Qt %2 (built with %3)</source>
        <translation>버전 %1 · Qt %2(%3(으)로 빌드됨)</translation>
    </message>
    <message>
        <source>A native desktop console for administering Databricks workspaces: the workspace tree, jobs, clusters, DBFS, secrets and pipelines, through the public REST API.</source>
        <translation>Databricks 작업 영역을 관리하는 네이티브 데스크톱 콘솔입니다. 공개 REST API를 통해 작업 영역 트리, 작업, 클러스터, DBFS, 시크릿, 파이프라인을 관리합니다.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0. Databricks is a trademark of Databricks, Inc.; Brickdesk is not affiliated with it.</source>
        <translation>Apache License 2.0에 따라 사용이 허가됩니다. Databricks는 Databricks, Inc.의 상표이며, Brickdesk는 Databricks, Inc.와 관련이 없습니다.</translation>
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
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>재시도</translation>
    </message>
</context>
<context>
    <name>brickdesk::ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Remove all calls from the list</source>
        <translation>목록에서 모든 호출 제거</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>호출: %1</translation>
    </message>
    <message>
        <source> · in flight: %1</source>
        <translation> · 진행 중: %1</translation>
    </message>
    <message>
        <source> · failed: %1</source>
        <translation> · 실패: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::ApiCall</name>
    <message>
        <source> — certificate for “%1”, issued by “%2”, valid %3 to %4, SHA-256 %5</source>
        <translation> — “%1”의 인증서, 발급자 “%2”, 유효 기간 %3~%4, SHA-256 %5</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of API data. A proxy, a private-link rule or a sign-in page may be in the way.</source>
        <translation>서버가 API 데이터 대신 웹 페이지로 응답했습니다. 프록시, Private Link 규칙 또는 로그인 페이지가 중간에 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at offset %2).</source>
        <translation>서버 응답이 올바른 JSON이 아닙니다(오프셋 %2: %1).</translation>
    </message>
    <message numerus="yes">
        <source>No data was received for %n second(s).</source>
        <translation>
            <numerusform>%n초 동안 데이터를 받지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1에 대한 보안 연결에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the workspace URL and your network connection.</source>
        <translation>호스트 %1을(를) 찾을 수 없습니다. 작업 영역 URL과 네트워크 연결을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1에서 연결을 거부했습니다.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>서버가 응답하기 전에 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>Signing in to the workspace failed.</source>
        <translation>작업 영역에 로그인하지 못했습니다.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The request was cancelled because its view was closed.</source>
        <translation>해당 보기가 닫혀 요청이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>%1 (demo workspace)</source>
        <translation>%1 (데모 작업 영역)</translation>
    </message>
    <message>
        <source>Identifying user…</source>
        <translation>사용자 확인 중…</translation>
    </message>
    <message>
        <source>User unknown: %1</source>
        <translation>사용자를 알 수 없음: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1(으)로 로그인됨</translation>
    </message>
</context>
<context>
    <name>brickdesk::CredentialStore</name>
    <message>
        <source>No keychain is available (%1). Brickdesk keeps secrets only in the system keychain.</source>
        <translation>사용 가능한 키체인이 없습니다(%1). Brickdesk는 자격 증명을 시스템 키체인에만 저장합니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::EmulatorWorker</name>
    <message>
        <source>No free port on the loopback interface could be opened.</source>
        <translation>루프백 인터페이스에서 사용 가능한 포트를 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::Launcher</name>
    <message>
        <source>Starting the demo workspace…</source>
        <translation>데모 작업 영역을 시작하는 중…</translation>
    </message>
    <message>
        <source>The demo workspace could not start: %1</source>
        <translation>데모 작업 영역을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>DATABRICKS_TOKEN is set, but DATABRICKS_HOST is not.</source>
        <translation>DATABRICKS_TOKEN은 설정되어 있지만 DATABRICKS_HOST는 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>DATABRICKS_HOST is set, but DATABRICKS_TOKEN is not.</source>
        <translation>DATABRICKS_HOST는 설정되어 있지만 DATABRICKS_TOKEN은 설정되어 있지 않습니다.</translation>
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
        <translation>영역</translation>
    </message>
    <message>
        <source>%1 is not available yet in this version.</source>
        <translation>이 버전에서는 아직 %1을(를) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Activity Panel</source>
        <translation>활동 패널(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Brickdesk</source>
        <translation>Brickdesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>작업 영역</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>DBFS</source>
        <translation>DBFS</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>시크릿</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Brickdesk</source>
        <translation>Brickdesk</translation>
    </message>
    <message>
        <source>%1 (demo) — Brickdesk</source>
        <translation>%1 (데모) — Brickdesk</translation>
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
        <translation>작업 영역에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Could not load this folder: %1</source>
        <translation>이 폴더를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation>%1
다시 시도하려면 F5 키를 누르세요.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>수정한 날짜</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Git folder</source>
        <translation>Git 폴더</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>리포지토리</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>노트북</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>MLflow experiment</source>
        <translation>MLflow 실험</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
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
        <translation>작업 영역에 연결되어 있지 않음</translation>
    </message>
    <message>
        <source>&lt;p&gt;To look around without an account, open the demo workspace with sample notebooks, folders and jobs:&lt;/p&gt;&lt;p&gt;&lt;code&gt;brickdesk --demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;To connect to your own workspace, set these environment variables and start Brickdesk again:&lt;/p&gt;&lt;p&gt;&lt;code&gt;DATABRICKS_HOST=&lt;/code&gt;&lt;i&gt;your workspace URL&lt;/i&gt;&lt;br&gt;&lt;code&gt;DATABRICKS_TOKEN=&lt;/code&gt;&lt;i&gt;your personal access token&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;계정 없이 둘러보려면 샘플 노트북, 폴더, 작업이 포함된 데모 작업 영역을 여세요.&lt;/p&gt;&lt;p&gt;&lt;code&gt;brickdesk --demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;자신의 작업 영역에 연결하려면 다음 환경 변수를 설정하고 Brickdesk를 다시 시작하세요.&lt;/p&gt;&lt;p&gt;&lt;code&gt;DATABRICKS_HOST=&lt;/code&gt;&lt;i&gt;작업 영역 URL&lt;/i&gt;&lt;br&gt;&lt;code&gt;DATABRICKS_TOKEN=&lt;/code&gt;&lt;i&gt;개인 액세스 토큰&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceView</name>
    <message>
        <source>Workspace</source>
        <translation>작업 영역</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>List the selected folder again</source>
        <translation>선택한 폴더를 다시 나열</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>경로 복사(&amp;P)</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>이 폴더는 비어 있습니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Native desktop console for Databricks workspaces.

Without --demo, Brickdesk connects to the workspace named by the DATABRICKS_HOST and DATABRICKS_TOKEN environment variables.</source>
        <translation>Databricks 작업 영역용 네이티브 데스크톱 콘솔입니다.

--demo를 지정하지 않으면 Brickdesk는 DATABRICKS_HOST 및 DATABRICKS_TOKEN 환경 변수로 지정된 작업 영역에 연결합니다.</translation>
    </message>
    <message>
        <source>Open a local demo workspace with sample content (no account needed).</source>
        <translation>샘플 콘텐츠가 포함된 로컬 데모 작업 영역을 엽니다(계정 필요 없음).</translation>
    </message>
</context>
</TS>
