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
    <name>ConfigFileReader</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>%1 (workspace “%2”)</source>
        <translation>%1 (작업 영역 “%2”)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Confirm — %1</source>
        <translation>확인 — %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The workspace&apos;s certificate is not trusted: %1</source>
        <translation>작업 영역의 인증서를 신뢰할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The workspace did not answer in time. Check the URL, your network and the proxy settings.</source>
        <translation>작업 영역이 제시간에 응답하지 않았습니다. URL, 네트워크 및 프록시 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>The host was not found. Check the workspace URL.</source>
        <translation>호스트를 찾을 수 없습니다. 작업 영역 URL을 확인하세요.</translation>
    </message>
    <message>
        <source>The workspace refused the token: it is wrong, expired or revoked. Create a new one in the workspace&apos;s user settings.</source>
        <translation>작업 영역에서 토큰을 거부했습니다. 토큰이 잘못되었거나 만료되었거나 취소되었습니다. 작업 영역의 사용자 설정에서 새 토큰을 만드세요.</translation>
    </message>
    <message>
        <source>No usable credential was sent. Enter a token or sign in.</source>
        <translation>사용 가능한 자격 증명이 전송되지 않았습니다. 토큰을 입력하거나 로그인하세요.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>%1(으)로 연결되었습니다.</translation>
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
    <name>KeychainNotice</name>
    <message>
        <source>No Keychain Available</source>
        <translation>사용 가능한 키체인 없음</translation>
    </message>
    <message>
        <source>The secret of “%1” cannot be stored: no system keychain is available.</source>
        <translation>“%1”의 자격 증명을 저장할 수 없습니다. 사용 가능한 시스템 키체인이 없습니다.</translation>
    </message>
    <message>
        <source>Brickdesk keeps secrets only in the system keychain (Secret Service), never in a file. You can use the secret for this session only; you will have to enter it again next time.</source>
        <translation>Brickdesk는 자격 증명을 파일에 저장하지 않고 시스템 키체인(Secret Service)에만 저장합니다. 이 세션에서만 자격 증명을 사용할 수 있으며, 다음에는 다시 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>이 세션에서만 사용</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>The proxy “%1” is not a valid address; use host:port or http://host:port.</source>
        <translation>프록시 “%1”은(는) 올바른 주소가 아닙니다. host:port 또는 http://host:port 형식을 사용하세요.</translation>
    </message>
    <message>
        <source>The certificate bundle %1 cannot be read: %2</source>
        <translation>인증서 번들 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 contains no PEM certificate.</source>
        <translation>%1에 PEM 인증서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenClient</name>
    <message>
        <source>This workspace does not offer OAuth sign-in (%1).</source>
        <translation>이 작업 영역은 OAuth 로그인을 제공하지 않습니다(%1).</translation>
    </message>
    <message>
        <source>The workspace&apos;s OAuth discovery document is incomplete.</source>
        <translation>작업 영역의 OAuth 검색 문서가 불완전합니다.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>로그인 실패: %1</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>토큰 엔드포인트가 액세스 토큰 없이 응답했습니다.</translation>
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
    <name>brickdesk::ConnectionManagerDialog</name>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add a workspace profile</source>
        <translation>작업 영역 프로필 추가</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Start a new profile from this one</source>
        <translation>이 프로필을 바탕으로 새 프로필 만들기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove this profile and its secrets</source>
        <translation>이 프로필과 해당 자격 증명 제거</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Copy this profile into Brickdesk; its secret goes to the keychain and the file stays as it is</source>
        <translation>이 프로필을 Brickdesk로 복사합니다. 자격 증명은 키체인에 저장되고 파일은 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>연결(&amp;O)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>작업 영역</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Its secret is kept in memory for this session only.</source>
        <translation>자격 증명은 이 세션 동안에만 메모리에 보관됩니다.</translation>
    </message>
    <message>
        <source>From the DATABRICKS_* environment variables. Used for this session only; nothing is saved.</source>
        <translation>DATABRICKS_* 환경 변수에서 가져왔습니다. 이 세션에서만 사용되며 아무것도 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>From %1. Import it to edit it and keep its secret in the keychain; the file is not changed.</source>
        <translation>%1에서 가져왔습니다. 편집하고 자격 증명을 키체인에 보관하려면 가져오세요. 파일은 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>A new workspace. Enter its URL and how to sign in, then Save.</source>
        <translation>새 작업 영역입니다. URL과 로그인 방법을 입력한 다음 저장하세요.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <source>A copy of “%1”, not saved yet.</source>
        <translation>“%1”의 사본이며 아직 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>프로필 “%1”을(를) 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>This also deletes its secrets (token, client secret, refresh token) from the system keychain. The workspace itself is not changed.</source>
        <translation>시스템 키체인에서 해당 자격 증명(토큰, 클라이언트 시크릿, 새로 고침 토큰)도 삭제됩니다. 작업 영역 자체는 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>“%1” was removed, but its secrets could not be deleted from the keychain: %2</source>
        <translation>“%1”을(를) 제거했지만 키체인에서 자격 증명을 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Not saved: no keychain is available for the secret.</source>
        <translation>저장되지 않음: 자격 증명을 저장할 키체인이 없습니다.</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>자격 증명을 키체인에 저장할 수 없습니다: %1</translation>
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
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConnectionTestView</name>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>연결을 테스트하는 중…</translation>
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
        <source>Demo</source>
        <translation>데모</translation>
    </message>
    <message>
        <source>The workspace named by the DATABRICKS_* environment variables cannot be opened: %1</source>
        <translation>DATABRICKS_* 환경 변수로 지정된 작업 영역을 열 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::LoopbackReceiver</name>
    <message>
        <source>Sign-in failed</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <source>Brickdesk could not sign you in. Return to Brickdesk for details.</source>
        <translation>Brickdesk에서 로그인하지 못했습니다. 자세한 내용은 Brickdesk로 돌아가서 확인하세요.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>로그인됨</translation>
    </message>
    <message>
        <source>You can close this tab and return to Brickdesk.</source>
        <translation>이 탭을 닫고 Brickdesk로 돌아가도 됩니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>영역</translation>
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
        <source>%1 — Brickdesk</source>
        <translation>%1 — Brickdesk</translation>
    </message>
    <message>
        <source>Open workspaces</source>
        <translation>열려 있는 작업 영역</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>작업 영역 열기…</translation>
    </message>
    <message>
        <source>Open another workspace (Ctrl+O)</source>
        <translation>다른 작업 영역 열기(Ctrl+O)</translation>
    </message>
    <message>
        <source>Not connected to a workspace</source>
        <translation>작업 영역에 연결되어 있지 않음</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open one of your workspaces: Brickdesk finds the profiles in &lt;code&gt;~/.databrickscfg&lt;/code&gt;, or you add one with its URL and a token or OAuth sign-in.&lt;/p&gt;&lt;p&gt;To look around without an account, open the demo workspace with sample notebooks, folders and jobs (also &lt;code&gt;brickdesk --demo&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Brickdesk also connects to the workspace named by the &lt;code&gt;DATABRICKS_HOST&lt;/code&gt; and &lt;code&gt;DATABRICKS_TOKEN&lt;/code&gt; environment variables.&lt;/p&gt;</source>
        <translation>&lt;p&gt;작업 영역 중 하나를 여세요. Brickdesk는 &lt;code&gt;~/.databrickscfg&lt;/code&gt;에서 프로필을 찾으며, URL과 토큰 또는 OAuth 로그인으로 작업 영역을 직접 추가할 수도 있습니다.&lt;/p&gt;&lt;p&gt;계정 없이 둘러보려면 샘플 노트북, 폴더, 작업이 포함된 데모 작업 영역을 여세요(&lt;code&gt;brickdesk --demo&lt;/code&gt;로도 열 수 있음).&lt;/p&gt;&lt;p&gt;Brickdesk는 &lt;code&gt;DATABRICKS_HOST&lt;/code&gt; 및 &lt;code&gt;DATABRICKS_TOKEN&lt;/code&gt; 환경 변수로 지정된 작업 영역에도 연결합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation>데모 작업 영역 열기</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>작업 영역 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>작업 영역 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next Workspace</source>
        <translation>다음 작업 영역(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Workspace</source>
        <translation>이전 작업 영역(&amp;P)</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>데모</translation>
    </message>
</context>
<context>
    <name>brickdesk::ProfileEditor</name>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>프로덕션</translation>
    </message>
    <message>
        <source>https://adb-1234567890123456.7.azuredatabricks.net</source>
        <translation>https://adb-1234567890123456.7.azuredatabricks.net</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>개인 액세스 토큰</translation>
    </message>
    <message>
        <source>OAuth (browser sign-in)</source>
        <translation>OAuth(브라우저 로그인)</translation>
    </message>
    <message>
        <source>OAuth service principal</source>
        <translation>OAuth 서비스 주체</translation>
    </message>
    <message>
        <source>dapi…</source>
        <translation>dapi…</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>시스템 프록시</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>프록시 사용 안 함</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>수동 프록시</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128</source>
        <translation>http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Only the system&apos;s certificates</source>
        <translation>시스템 인증서만 사용</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>로그인 방법(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>토큰(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>클라이언트 ID(&amp;C):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>클라이언트 시크릿(&amp;E):</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>작업 영역</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>프록시(&amp;P):</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>프록시 URL(&amp;U):</translation>
    </message>
    <message>
        <source>Extra &amp;CA bundle:</source>
        <translation>추가 CA 번들(&amp;C):</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Stored in the keychain — type to replace</source>
        <translation>키체인에 저장됨 — 바꾸려면 새로 입력하세요</translation>
    </message>
    <message>
        <source>Create a token under Settings → Developer → Access tokens in the workspace. It is kept in the system keychain.</source>
        <translation>작업 영역의 설정 → 개발자 → 액세스 토큰에서 토큰을 만드세요. 토큰은 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>Brickdesk opens your browser to sign in. The refresh token is kept in the system keychain.</source>
        <translation>Brickdesk가 로그인을 위해 브라우저를 엽니다. 새로 고침 토큰은 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>The service principal&apos;s OAuth secret is kept in the system keychain.</source>
        <translation>서비스 주체의 OAuth 시크릿은 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>Extra CA Bundle</source>
        <translation>추가 CA 번들</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>brickdesk::ProfileListModel</name>
    <message>
        <source>no host</source>
        <translation>호스트 없음</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 · from environment variables</source>
        <translation>%1 · 환경 변수에서 가져옴</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · %2에서 가져옴</translation>
    </message>
</context>
<context>
    <name>brickdesk::SignInBanner</name>
    <message>
        <source>Sign In Again</source>
        <translation>다시 로그인</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>로그인 필요</translation>
    </message>
    <message>
        <source>Your session for %1 has expired. Sign in again to continue; what you were doing resumes afterwards.</source>
        <translation>%1 세션이 만료되었습니다. 계속하려면 다시 로그인하세요. 로그인하면 하던 작업이 이어서 진행됩니다.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to %1 in your browser…</source>
        <translation>브라우저에서 %1 로그인을 기다리는 중…</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>%1에 로그인하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::UserSignIn</name>
    <message numerus="yes">
        <source>Sign-in timed out: the browser did not come back within %n minute(s).</source>
        <translation>
            <numerusform>로그인 시간이 초과되었습니다. 브라우저가 %n분 이내에 응답하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No local port between 8020 and 8040 is free for the sign-in redirect. Close other sign-in windows (the Databricks CLI uses the same ports) and try again.</source>
        <translation>로그인 리디렉션에 사용할 수 있는 8020~8040 사이의 로컬 포트가 없습니다. 다른 로그인 창을 닫고(Databricks CLI도 같은 포트를 사용함) 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this sign-in attempt. Try again.</source>
        <translation>로그인 응답이 이 로그인 시도와 일치하지 않습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The workspace refused the sign-in: %1</source>
        <translation>작업 영역에서 로그인을 거부했습니다: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceConnector</name>
    <message>
        <source>The keychain refused to give out the secret: %1</source>
        <translation>키체인에서 자격 증명 제공을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>No personal access token is stored for “%1”. Edit the connection and enter one.</source>
        <translation>“%1”에 저장된 개인 액세스 토큰이 없습니다. 연결을 편집하여 토큰을 입력하세요.</translation>
    </message>
    <message>
        <source>The service principal&apos;s client id or secret is missing for “%1”.</source>
        <translation>“%1”에 대한 서비스 주체의 클라이언트 ID 또는 시크릿이 없습니다.</translation>
    </message>
    <message>
        <source>Signing in needs a web browser, and none is available.</source>
        <translation>로그인하려면 웹 브라우저가 필요하지만 사용 가능한 브라우저가 없습니다.</translation>
    </message>
    <message>
        <source>This connection cannot sign in through the browser.</source>
        <translation>이 연결은 브라우저를 통해 로그인할 수 없습니다.</translation>
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
    <name>brickdesk::WorkspacePane</name>
    <message>
        <source>%1 is not available yet in this version.</source>
        <translation>이 버전에서는 아직 %1을(를) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 (demo, %2)</source>
        <translation>%1 (데모, %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>%1에 연결할 수 없음</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: 연결되지 않음</translation>
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
        <source>Open a local demo workspace with sample content (no account needed).</source>
        <translation>샘플 콘텐츠가 포함된 로컬 데모 작업 영역을 엽니다(계정 필요 없음).</translation>
    </message>
    <message>
        <source>Native desktop console for Databricks workspaces.

Without --demo, Brickdesk reopens the workspaces that were open at the last quit, and the workspace named by the DATABRICKS_HOST and DATABRICKS_TOKEN (or DATABRICKS_CONFIG_PROFILE) environment variables.</source>
        <translation>Databricks 작업 영역용 네이티브 데스크톱 콘솔입니다.

--demo를 지정하지 않으면 Brickdesk는 마지막으로 종료할 때 열려 있던 작업 영역과 DATABRICKS_HOST 및 DATABRICKS_TOKEN(또는 DATABRICKS_CONFIG_PROFILE) 환경 변수로 지정된 작업 영역을 다시 엽니다.</translation>
    </message>
</context>
</TS>
