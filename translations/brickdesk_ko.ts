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
    <message>
        <source>The server&apos;s answer to a read is not valid.</source>
        <translation>읽기 요청에 대한 서버 응답이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to an export is not valid.</source>
        <translation>내보내기에 대한 서버 응답이 올바르지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ClusterRefusal</name>
    <message>
        <source>Could not start “%1”: %2</source>
        <translation>“%1”을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not restart “%1”: %2</source>
        <translation>“%1”을(를) 다시 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not terminate “%1”: %2</source>
        <translation>“%1”을(를) 종료할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not resize “%1”: %2</source>
        <translation>“%1”의 크기를 조정할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>“%1”을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>“%1”을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not pin “%1”: %2</source>
        <translation>“%1”을(를) 고정할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not unpin “%1”: %2</source>
        <translation>“%1”의 고정을 해제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” is already running.</source>
        <translation>“%1”은(는) 이미 실행 중입니다.</translation>
    </message>
    <message>
        <source>“%1” is already starting.</source>
        <translation>“%1”은(는) 이미 시작하는 중입니다.</translation>
    </message>
    <message>
        <source>“%1” is already restarting.</source>
        <translation>“%1”은(는) 이미 다시 시작하는 중입니다.</translation>
    </message>
    <message>
        <source>“%1” is still terminating: start it again once it has stopped.</source>
        <translation>“%1”은(는) 아직 종료하는 중입니다. 완전히 중지된 후에 시작하세요.</translation>
    </message>
    <message>
        <source>“%1” is not running: start it instead.</source>
        <translation>“%1”은(는) 실행 중이 아닙니다. 대신 시작하세요.</translation>
    </message>
    <message>
        <source>“%1” is still starting: there is nothing to restart yet.</source>
        <translation>“%1”은(는) 아직 시작하는 중이므로 아직 다시 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is terminating.</source>
        <translation>“%1”은(는) 종료하는 중입니다.</translation>
    </message>
    <message>
        <source>“%1” is being resized: restart it once that has finished.</source>
        <translation>“%1”의 크기를 조정하는 중입니다. 조정이 끝난 후에 다시 시작하세요.</translation>
    </message>
    <message>
        <source>“%1” can be resized only while it runs, and it is %2 now.</source>
        <translation>“%1”은(는) 실행 중일 때만 크기를 조정할 수 있지만 현재 %2 상태입니다.</translation>
    </message>
    <message>
        <source>“%1” can be edited only while it runs or is terminated, and it is %2 now.</source>
        <translation>“%1”은(는) 실행 중이거나 종료된 상태에서만 편집할 수 있지만 현재 %2 상태입니다.</translation>
    </message>
    <message>
        <source>“%1” cannot do that while it is %2.</source>
        <translation>“%1”이(가) %2 상태인 동안에는 그렇게 할 수 없습니다.</translation>
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
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>MLflow experiments cannot be exported</source>
        <translation>MLflow 실험은 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Dashboards cannot be exported here</source>
        <translation>대시보드는 여기에서 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Libraries cannot be exported</source>
        <translation>라이브러리는 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Objects of type %1 cannot be exported</source>
        <translation>%1 유형의 개체는 내보낼 수 없습니다</translation>
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
    <name>JobParameterGroup</name>
    <message>
        <source>Job parameters</source>
        <translation>작업 매개변수</translation>
    </message>
    <message>
        <source>Notebook parameters (notebook_params)</source>
        <translation>노트북 매개변수(notebook_params)</translation>
    </message>
    <message>
        <source>Python arguments (python_params)</source>
        <translation>Python 인수(python_params)</translation>
    </message>
    <message>
        <source>Python wheel named parameters (python_named_params)</source>
        <translation>Python wheel 명명된 매개변수(python_named_params)</translation>
    </message>
    <message>
        <source>JAR arguments (jar_params)</source>
        <translation>JAR 인수(jar_params)</translation>
    </message>
    <message>
        <source>spark-submit arguments (spark_submit_params)</source>
        <translation>spark-submit 인수(spark_submit_params)</translation>
    </message>
    <message>
        <source>SQL parameters (sql_params)</source>
        <translation>SQL 매개변수(sql_params)</translation>
    </message>
    <message>
        <source>%1: parameter %2 has no name.</source>
        <translation>%1: 매개변수 %2에 이름이 없습니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice; each name may appear once.</source>
        <translation>%1: “%2”이(가) 두 번 지정되었습니다. 각 이름은 한 번만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 would be %2 bytes of JSON; the Jobs API accepts at most %3.</source>
        <translation>%1은(는) JSON으로 %2바이트가 됩니다. Jobs API는 최대 %3바이트까지 허용합니다.</translation>
    </message>
</context>
<context>
    <name>JsonChangeSummary</name>
    <message>
        <source>no changes</source>
        <translation>변경 사항 없음</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>변경됨: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>추가됨: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>제거됨: %1</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>the payload is empty; it must be a JSON object</source>
        <translation>페이로드가 비어 있습니다. JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>missing comma (or “}”) before this</source>
        <translation>이 앞에 쉼표(또는 “}”)가 없습니다</translation>
    </message>
    <message>
        <source>missing comma (or “]”) before this</source>
        <translation>이 앞에 쉼표(또는 “]”)가 없습니다</translation>
    </message>
    <message>
        <source>the payload must be a JSON object, in { }</source>
        <translation>페이로드는 { } 안의 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>unterminated object: a “}” is missing</source>
        <translation>닫히지 않은 객체: “}”가 없습니다</translation>
    </message>
    <message>
        <source>missing colon after the key</source>
        <translation>키 뒤에 콜론이 없습니다</translation>
    </message>
    <message>
        <source>unterminated list: a “]” is missing</source>
        <translation>닫히지 않은 목록: “]”가 없습니다</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>쉼표가 없습니다</translation>
    </message>
    <message>
        <source>not a JSON value (strings need double quotes; true, false and null are lower case)</source>
        <translation>JSON 값이 아닙니다(문자열은 큰따옴표가 필요하며 true, false, null은 소문자입니다)</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>숫자 도중에 텍스트가 끝납니다</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>올바른 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>문자열에 잘못된 이스케이프 시퀀스가 있습니다</translation>
    </message>
    <message>
        <source>invalid character in a string</source>
        <translation>문자열에 잘못된 문자가 있습니다</translation>
    </message>
    <message>
        <source>unterminated string: a closing “&quot;” is missing</source>
        <translation>닫히지 않은 문자열: 닫는 “&quot;”가 없습니다</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <source>the payload is too large</source>
        <translation>페이로드가 너무 큽니다</translation>
    </message>
    <message>
        <source>unexpected text after the end of the object</source>
        <translation>객체 끝 뒤에 예기치 않은 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>잘못된 JSON</translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <source>The schema cannot be used: %1</source>
        <translation>스키마를 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The schema %1 cannot be read: %2</source>
        <translation>스키마 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The schema %1 is not a JSON object: %2</source>
        <translation>스키마 %1은(는) JSON 객체가 아닙니다: %2</translation>
    </message>
    <message>
        <source>The schema check failed: %1</source>
        <translation>스키마 검사에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>unknown field `%1`; Databricks may ignore or reject it</source>
        <translation>알 수 없는 필드 `%1`. Databricks가 무시하거나 거부할 수 있습니다</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>an object, in { }</source>
        <translation>{ } 안의 객체</translation>
    </message>
    <message>
        <source>a list, in [ ]</source>
        <translation>[ ] 안의 목록</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>다른 유형</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>the payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <source>required field `%1` is missing</source>
        <translation>필수 필드 `%1`이(가) 없습니다</translation>
    </message>
    <message>
        <source>`%1` must be one of %2</source>
        <translation>`%1`은(는) %2 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>`%1` must be %2</source>
        <translation>`%1`은(는) %2이어야 합니다</translation>
    </message>
    <message>
        <source>`%1` must be at most %2</source>
        <translation>`%1`은(는) %2 이하여야 합니다</translation>
    </message>
    <message>
        <source>`%1` must be less than %2</source>
        <translation>`%1`은(는) %2 미만이어야 합니다</translation>
    </message>
    <message>
        <source>`%1` must be at least %2</source>
        <translation>`%1`은(는) %2 이상이어야 합니다</translation>
    </message>
    <message>
        <source>`%1` must be more than %2</source>
        <translation>`%1`은(는) %2 초과여야 합니다</translation>
    </message>
    <message numerus="yes">
        <source>`%1` must be at most %n character(s) long</source>
        <translation>
            <numerusform>`%1`은(는) 최대 %n자여야 합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>`%1` must not be empty</source>
        <translation>`%1`은(는) 비어 있으면 안 됩니다</translation>
    </message>
    <message numerus="yes">
        <source>`%1` must be at least %n character(s) long</source>
        <translation>
            <numerusform>`%1`은(는) 최소 %n자여야 합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` can have at most %n item(s)</source>
        <translation>
            <numerusform>`%1`에는 항목이 최대 %n개까지 있을 수 있습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` needs at least %n item(s)</source>
        <translation>
            <numerusform>`%1`에는 항목이 최소 %n개 필요합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` can have at most %n key(s)</source>
        <translation>
            <numerusform>`%1`에는 키가 최대 %n개까지 있을 수 있습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` needs at least %n key(s)</source>
        <translation>
            <numerusform>`%1`에는 키가 최소 %n개 필요합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>`%1` does not have the expected format</source>
        <translation>`%1`이(가) 예상된 형식이 아닙니다</translation>
    </message>
    <message>
        <source>`%1` has the same item more than once</source>
        <translation>`%1`에 같은 항목이 두 번 이상 있습니다</translation>
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
    <name>LibrarySpec</name>
    <message>
        <source>The repository must be an http:// or https:// URL.</source>
        <translation>리포지토리는 http:// 또는 https:// URL이어야 합니다.</translation>
    </message>
    <message>
        <source>Enter the path of the %1.</source>
        <translation>%1 경로를 입력하세요.</translation>
    </message>
    <message>
        <source>The path must start with /Workspace/, /Volumes/, dbfs:/, s3://, abfss:// or gs://.</source>
        <translation>경로는 /Workspace/, /Volumes/, dbfs:/, s3://, abfss:// 또는 gs://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The %1 must end with %2.</source>
        <translation>%1 경로는 %2(으)로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Enter a package name.</source>
        <translation>패키지 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The package must not contain spaces (write pandas==2.2.2).</source>
        <translation>패키지에는 공백을 포함할 수 없습니다(pandas==2.2.2처럼 입력하세요).</translation>
    </message>
    <message>
        <source>Enter the Maven coordinates (group:artifact:version).</source>
        <translation>Maven 좌표(group:artifact:version)를 입력하세요.</translation>
    </message>
    <message>
        <source>Maven coordinates must be group:artifact:version, for example com.databricks:spark-xml_2.12:0.18.0.</source>
        <translation>Maven 좌표는 group:artifact:version 형식이어야 합니다(예: com.databricks:spark-xml_2.12:0.18.0).</translation>
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
        <translation>requirements 파일</translation>
    </message>
    <message>
        <source>Unknown library kind.</source>
        <translation>알 수 없는 라이브러리 종류입니다.</translation>
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
        <translation>requirements 파일</translation>
    </message>
    <message>
        <source>CRAN</source>
        <translation>CRAN</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1(출처: %2)</translation>
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
    <name>NotebookRenderer</name>
    <message>
        <source>Cell %1</source>
        <translation>셀 %1</translation>
    </message>
    <message>
        <source>This notebook has no cells.</source>
        <translation>이 노트북에는 셀이 없습니다.</translation>
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
    <name>PayloadChecker</name>
    <message>
        <source>`%1` is read-only; keep it as %2</source>
        <translation>`%1`은(는) 읽기 전용입니다. %2(으)로 유지하세요</translation>
    </message>
    <message>
        <source>`%1` is read-only and cannot be set here</source>
        <translation>`%1`은(는) 읽기 전용이며 여기서 설정할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>PayloadKinds</name>
    <message>
        <source>Notebook on a job cluster</source>
        <translation>작업 클러스터의 노트북</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Python 스크립트</translation>
    </message>
    <message>
        <source>Multi-task DAG</source>
        <translation>다중 태스크 DAG</translation>
    </message>
    <message>
        <source>SQL task on a warehouse</source>
        <translation>웨어하우스의 SQL 태스크</translation>
    </message>
    <message>
        <source>Pipeline refresh</source>
        <translation>파이프라인 새로 고침</translation>
    </message>
    <message>
        <source>For each</source>
        <translation>For each</translation>
    </message>
    <message>
        <source>Single node</source>
        <translation>단일 노드</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>자동 확장</translation>
    </message>
    <message>
        <source>Fixed size</source>
        <translation>고정 크기</translation>
    </message>
    <message>
        <source>Serverless, triggered</source>
        <translation>서버리스, 트리거됨</translation>
    </message>
    <message>
        <source>Classic compute, autoscaling</source>
        <translation>클래식 컴퓨팅, 자동 확장</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>연속</translation>
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
    <name>RepairPlan</name>
    <message>
        <source>Nothing will rerun.</source>
        <translation>다시 실행할 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Will rerun: %1 (%n tasks)</source>
        <translation>
            <numerusform>다시 실행: %1(태스크 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 is still running; repair it once it has ended.</source>
        <translation>실행 %1이(가) 아직 진행 중입니다. 끝난 후에 복구하세요.</translation>
    </message>
    <message>
        <source>No task of run %1 failed; check the tasks to rerun.</source>
        <translation>실행 %1에서 실패한 태스크가 없습니다. 다시 실행할 태스크를 선택하세요.</translation>
    </message>
    <message>
        <source>Check at least one task to rerun.</source>
        <translation>다시 실행할 태스크를 하나 이상 선택하세요.</translation>
    </message>
</context>
<context>
    <name>RunDurations</name>
    <message>
        <source>No runs yet.</source>
        <translation>아직 실행이 없습니다.</translation>
    </message>
    <message>
        <source>Median of the last %1: %2.</source>
        <translation>최근 %1회의 중앙값: %2.</translation>
    </message>
    <message>
        <source>%1% slower than the %2 before (%3).</source>
        <translation>이전 %2회(%3)보다 %1% 느림.</translation>
    </message>
    <message>
        <source>%1% faster than the %2 before (%3).</source>
        <translation>이전 %2회(%3)보다 %1% 빠름.</translation>
    </message>
    <message>
        <source>The same as the %1 before.</source>
        <translation>이전 %1회와 같음.</translation>
    </message>
    <message>
        <source>Failed: %1 of the last %2.</source>
        <translation>실패: 최근 %2회 중 %1회.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
</context>
<context>
    <name>RunNowRequest</name>
    <message>
        <source>The job has no job_id.</source>
        <translation>작업에 job_id가 없습니다.</translation>
    </message>
    <message>
        <source>Check at least one task to run.</source>
        <translation>실행할 태스크를 하나 이상 선택하세요.</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Queued</source>
        <translation>대기열에 있음</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>종료 중</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <source>Waiting for retry</source>
        <translation>재시도 대기 중</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Succeeded with failures</source>
        <translation>성공(일부 실패)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Upstream failed</source>
        <translation>업스트림 실패</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료됨</translation>
    </message>
</context>
<context>
    <name>TaskGraph</name>
    <message>
        <source>Query %1</source>
        <translation>쿼리 %1</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>대시보드 %1</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>경고 %1</translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>웨어하우스 %1</translation>
    </message>
    <message>
        <source>Job cluster %1</source>
        <translation>작업 클러스터 %1</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>클러스터 %1</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>새 클러스터</translation>
    </message>
    <message>
        <source>Serverless (%1)</source>
        <translation>서버리스(%1)</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>서버리스</translation>
    </message>
    <message>
        <source>%1 (full refresh)</source>
        <translation>%1(전체 새로 고침)</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>작업 %1</translation>
    </message>
    <message>
        <source>for each over %1</source>
        <translation>%1에 대한 for each</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A task without a task_key is left out.</source>
        <translation>task_key가 없는 태스크는 제외됩니다.</translation>
    </message>
    <message>
        <source>Task key %1 appears twice; the second is left out.</source>
        <translation>태스크 키 %1이(가) 두 번 나타납니다. 두 번째는 제외됩니다.</translation>
    </message>
    <message>
        <source>Task %1 depends on %2, which is not in the job; that dependency is not drawn.</source>
        <translation>태스크 %1은(는) 작업에 없는 %2에 종속됩니다. 해당 종속성은 그리지 않습니다.</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(키 없음)</translation>
    </message>
    <message>
        <source>The dependency of %1 on %2 closes a cycle and is not drawn.</source>
        <translation>%1의 %2에 대한 종속성은 순환을 만들므로 그리지 않습니다.</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>노트북</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Python 스크립트</translation>
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
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Run job</source>
        <translation>작업 실행</translation>
    </message>
    <message>
        <source>For each</source>
        <translation>For each</translation>
    </message>
    <message>
        <source>If/else condition</source>
        <translation>If/else 조건</translation>
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
        <translation>태스크</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>모두 완료</translation>
    </message>
    <message>
        <source>None failed</source>
        <translation>실패 없음</translation>
    </message>
    <message>
        <source>At least one succeeded</source>
        <translation>하나 이상 성공</translation>
    </message>
    <message>
        <source>All failed</source>
        <translation>모두 실패</translation>
    </message>
    <message>
        <source>At least one failed</source>
        <translation>하나 이상 실패</translation>
    </message>
</context>
<context>
    <name>TriggerText</name>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>%n시간마다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>%n일마다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>%n주마다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n분마다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) at %1</source>
        <translation>
            <numerusform>%n시간마다 %1에</numerusform>
        </translation>
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
    <name>brickdesk</name>
    <message>
        <source>Sundays</source>
        <translation>일요일마다</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>월요일마다</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>화요일마다</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>수요일마다</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>목요일마다</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>금요일마다</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>토요일마다</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>평일</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>주말</translation>
    </message>
    <message>
        <source>Every %1 %2</source>
        <translation>매 %1 %2</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1(일시 중지됨)</translation>
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
    <message>
        <source>Files one recursive DBFS delete removes before answering 503 PARTIAL_DELETE (default 100000).</source>
        <translation>재귀 DBFS 삭제 한 번이 503 PARTIAL_DELETE로 응답하기 전에 제거하는 파일 수(기본값: 100000).</translation>
    </message>
    <message>
        <source>Invalid DBFS partial-delete limit: %1</source>
        <translation>잘못된 DBFS 부분 삭제 한도: %1</translation>
    </message>
    <message>
        <source>Run emulated processes (clusters starting, job runs, pipeline updates) N times faster than real time; fractions such as 0.5 slow them down (default 1).</source>
        <translation>에뮬레이션된 프로세스(클러스터 시작, 작업 실행, 파이프라인 업데이트)를 실제 시간보다 N배 빠르게 실행합니다. 0.5 같은 분수를 지정하면 느려집니다(기본값: 1).</translation>
    </message>
    <message>
        <source>Answer secrets/get with 400 BAD_REQUEST, as the service does for a user outside a notebook.</source>
        <translation>서비스가 노트북 외부의 사용자에게 하는 것처럼 secrets/get에 400 BAD_REQUEST로 응답합니다.</translation>
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
    <name>brickdesk::AclLevelDelegate</name>
    <message>
        <source>Permission</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
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
        <translation>“%2”의 %1(%3)</translation>
    </message>
    <message>
        <source>Add Principal…</source>
        <translation>주체 추가…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>변경 취소</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Secret Scope Permissions — %1</source>
        <translation>시크릿 범위 권한 — %1</translation>
    </message>
    <message>
        <source>Secret scope permissions of %1</source>
        <translation>%1의 시크릿 범위 권한</translation>
    </message>
    <message>
        <source>Permissions by principal and scope</source>
        <translation>주체 및 범위별 권한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Add principal</source>
        <translation>주체 추가</translation>
    </message>
    <message>
        <source>The secret scopes could not be listed: %1</source>
        <translation>시크릿 범위를 나열할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Reading the permissions of every scope…</source>
        <translation>모든 범위의 권한을 읽는 중…</translation>
    </message>
    <message>
        <source>Read the permissions of 1 scope.</source>
        <translation>범위 1개의 권한을 읽었습니다.</translation>
    </message>
    <message>
        <source>Read the permissions of %1 scopes.</source>
        <translation>범위 %1개의 권한을 읽었습니다.</translation>
    </message>
    <message>
        <source>1 scope cannot be read: its permissions need Manage.</source>
        <translation>범위 1개를 읽을 수 없습니다. 권한을 보려면 관리 권한이 필요합니다.</translation>
    </message>
    <message>
        <source>%1 scopes cannot be read: their permissions need Manage.</source>
        <translation>범위 %1개를 읽을 수 없습니다. 권한을 보려면 관리 권한이 필요합니다.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>변경 내용을 취소했습니다.</translation>
    </message>
    <message>
        <source>Writing %1 of %2…</source>
        <translation>%2개 중 %1번째를 쓰는 중…</translation>
    </message>
    <message>
        <source>Every change was written.</source>
        <translation>모든 변경 내용을 기록했습니다.</translation>
    </message>
    <message>
        <source>1 change failed: %1</source>
        <translation>변경 1개가 실패했습니다: %1</translation>
    </message>
    <message>
        <source>%1 changes failed: %2</source>
        <translation>변경 %1개가 실패했습니다: %2</translation>
    </message>
    <message>
        <source>They have not been written to the workspace.</source>
        <translation>작업 영역에 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>Discard 1 permission change in “%1” and read every scope again?</source>
        <translation>“%1”의 권한 변경 1개를 취소하고 모든 범위를 다시 읽으시겠습니까?</translation>
    </message>
    <message>
        <source>Discard %1 permission changes in “%2” and read every scope again?</source>
        <translation>“%2”의 권한 변경 %1개를 취소하고 모든 범위를 다시 읽으시겠습니까?</translation>
    </message>
    <message>
        <source>Discard 1 permission change in “%1”?</source>
        <translation>“%1”의 권한 변경 1개를 취소하시겠습니까?</translation>
    </message>
    <message>
        <source>Discard %1 permission changes in “%2”?</source>
        <translation>“%2”의 권한 변경 %1개를 취소하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>brickdesk::AclMatrixModel</name>
    <message>
        <source>The permissions on “%1” cannot be read: %2</source>
        <translation>“%1”의 권한을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 has no permission on “%2”</source>
        <translation>%1에게 “%2”에 대한 권한이 없습니다</translation>
    </message>
    <message>
        <source>%1: %2 on “%3”</source>
        <translation>%1: “%3”에 대한 %2</translation>
    </message>
    <message>
        <source>pending (now: %1)</source>
        <translation>대기 중(현재: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Writing it failed: %1</source>
        <translation>쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (unreadable)</source>
        <translation>%1(읽을 수 없음)</translation>
    </message>
    <message>
        <source>The permissions on “%1” cannot be read, so they cannot be changed here: %2</source>
        <translation>“%1”의 권한을 읽을 수 없으므로 여기에서 변경할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Reading the permissions on “%1”…</source>
        <translation>“%1”의 권한을 읽는 중…</translation>
    </message>
    <message>
        <source>“%1”: an Azure Key Vault backed scope</source>
        <translation>“%1”: Azure Key Vault 기반 범위</translation>
    </message>
    <message>
        <source>“%1”: a Databricks scope</source>
        <translation>“%1”: Databricks 범위</translation>
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
    <message>
        <source>The local file to send could not be read.</source>
        <translation>보낼 로컬 파일을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::AreaActions</name>
    <message>
        <source>Per&amp;missions…</source>
        <translation>권한(&amp;M)…</translation>
    </message>
    <message>
        <source>See who may use the selection and change it; several objects get one grant</source>
        <translation>선택한 항목을 사용할 수 있는 주체를 확인하고 변경합니다. 여러 개체를 선택하면 한 번에 같은 권한을 부여합니다</translation>
    </message>
</context>
<context>
    <name>brickdesk::AreaPage</name>
    <message>
        <source>Try Again</source>
        <translation>다시 시도</translation>
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
        <translation>시크릿</translation>
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
        <source>Pipelines</source>
        <translation>파이프라인</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterCatalog</name>
    <message numerus="yes">
        <source>%n cores, %1 GB</source>
        <translation>
            <numerusform>코어 %n개, %1GB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n GPUs</source>
        <translation>
            <numerusform>, GPU %n개</numerusform>
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
        <translation>사용자: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>워커 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>자동 확장</translation>
    </message>
    <message>
        <source>User request</source>
        <translation>사용자 요청</translation>
    </message>
    <message>
        <source>Automatic recovery</source>
        <translation>자동 복구</translation>
    </message>
    <message>
        <source>Replacing bad nodes</source>
        <translation>불량 노드 교체</translation>
    </message>
    <message>
        <source>Init script failed: %1</source>
        <translation>초기화 스크립트 실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n init script(s) succeeded</source>
        <translation>
            <numerusform>초기화 스크립트 %n개 성공</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding nodes failed</source>
        <translation>노드 추가 실패</translation>
    </message>
    <message>
        <source>Automatic update</source>
        <translation>자동 업데이트</translation>
    </message>
    <message>
        <source>Autoscaling backed off</source>
        <translation>자동 확장 백오프</translation>
    </message>
    <message>
        <source>Autoscaling failed</source>
        <translation>자동 확장 실패</translation>
    </message>
    <message>
        <source>Autoscaling report</source>
        <translation>자동 확장 보고서</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>생성 중</translation>
    </message>
    <message>
        <source>DBFS down</source>
        <translation>DBFS 중단</translation>
    </message>
    <message>
        <source>Disk not expanded</source>
        <translation>디스크 확장 안 됨</translation>
    </message>
    <message>
        <source>Driver healthy</source>
        <translation>드라이버 정상</translation>
    </message>
    <message>
        <source>Driver not responding</source>
        <translation>드라이버 응답 없음</translation>
    </message>
    <message>
        <source>Driver unavailable</source>
        <translation>드라이버 사용 불가</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>편집됨</translation>
    </message>
    <message>
        <source>Disk expanded</source>
        <translation>디스크 확장됨</translation>
    </message>
    <message>
        <source>Disk expansion failed</source>
        <translation>디스크 확장 실패</translation>
    </message>
    <message>
        <source>Init scripts finished</source>
        <translation>초기화 스크립트 완료</translation>
    </message>
    <message>
        <source>Init scripts started</source>
        <translation>초기화 스크립트 시작</translation>
    </message>
    <message>
        <source>Metastore down</source>
        <translation>메타스토어 중단</translation>
    </message>
    <message>
        <source>Nodes lost</source>
        <translation>노드 손실</translation>
    </message>
    <message>
        <source>Node excluded</source>
        <translation>노드 제외됨</translation>
    </message>
    <message>
        <source>Node decommissioned</source>
        <translation>노드 서비스 해제됨</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>고정됨</translation>
    </message>
    <message>
        <source>Resized</source>
        <translation>크기 조정됨</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>다시 시작 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Spark exception</source>
        <translation>Spark 예외</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>시작 중</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>종료 중</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Unpinned</source>
        <translation>고정 해제됨</translation>
    </message>
    <message>
        <source>Upsize completed</source>
        <translation>확장 완료</translation>
    </message>
    <message>
        <source>Inactivity</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>Inactivity (idle for %1 minutes)</source>
        <translation>비활성(%1분 동안 유휴)</translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation>작업 완료</translation>
    </message>
    <message>
        <source>Init script failure</source>
        <translation>초기화 스크립트 실패</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1(사용자: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From %1 to %2 workers</source>
        <translation>워커 %1개에서 %2개로</translation>
    </message>
    <message>
        <source>%1 of %2 workers</source>
        <translation>워커 %1/%2개</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>목표: %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>변경됨: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterPane</name>
    <message>
        <source>All events</source>
        <translation>모든 이벤트</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>수명 주기</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>크기 조정</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>Init scripts</source>
        <translation>초기화 스크립트</translation>
    </message>
    <message>
        <source>Driver health</source>
        <translation>드라이버 상태</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>작업 영역 파일</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>볼륨</translation>
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
        <translation>로컬 파일</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>설정되지 않음</translation>
    </message>
    <message>
        <source>Single user</source>
        <translation>단일 사용자</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>No isolation shared</source>
        <translation>격리 없는 공유</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>표준</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>전용</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Table ACL (legacy)</source>
        <translation>테이블 ACL(레거시)</translation>
    </message>
    <message>
        <source>Credential passthrough (legacy)</source>
        <translation>자격 증명 패스스루(레거시)</translation>
    </message>
    <message>
        <source>Single user with passthrough (legacy)</source>
        <translation>패스스루 사용 단일 사용자(레거시)</translation>
    </message>
    <message>
        <source>Single user, standard (legacy)</source>
        <translation>단일 사용자, 표준(레거시)</translation>
    </message>
    <message>
        <source>Load More Events</source>
        <translation>이벤트 더 불러오기</translation>
    </message>
    <message>
        <source>&amp;Install Library…</source>
        <translation>라이브러리 설치(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Uninstall Library</source>
        <translation>라이브러리 설치 제거(&amp;U)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>클러스터 이름</translation>
    </message>
    <message>
        <source>Cluster state and id</source>
        <translation>클러스터 상태 및 ID</translation>
    </message>
    <message>
        <source>Cluster details</source>
        <translation>클러스터 세부 정보</translation>
    </message>
    <message>
        <source>Cluster configuration</source>
        <translation>클러스터 구성</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Show events of kind</source>
        <translation>표시할 이벤트 종류</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>Cluster events</source>
        <translation>클러스터 이벤트</translation>
    </message>
    <message>
        <source>Load more events</source>
        <translation>이벤트 더 불러오기</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>Install a library on this cluster</source>
        <translation>이 클러스터에 라이브러리 설치</translation>
    </message>
    <message>
        <source>Uninstall the selected library when the cluster restarts</source>
        <translation>클러스터가 다시 시작될 때 선택한 라이브러리 설치 제거</translation>
    </message>
    <message>
        <source>Install library</source>
        <translation>라이브러리 설치</translation>
    </message>
    <message>
        <source>Uninstall library</source>
        <translation>라이브러리 설치 제거</translation>
    </message>
    <message>
        <source>Cluster libraries</source>
        <translation>클러스터 라이브러리</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Could not read the events of “%1”: %2</source>
        <translation>“%1”의 이벤트를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No libraries are installed on this cluster.</source>
        <translation>이 클러스터에 설치된 라이브러리가 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the libraries: %1</source>
        <translation>라이브러리를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not read the libraries of “%1”: %2</source>
        <translation>“%1”의 라이브러리를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>선택한 클러스터 없음</translation>
    </message>
    <message>
        <source>Select a cluster to see its configuration, events, workers and libraries.</source>
        <translation>클러스터를 선택하면 구성, 이벤트, 워커, 라이브러리를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>작성자: %1</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>런타임</translation>
    </message>
    <message>
        <source>Instance pool</source>
        <translation>인스턴스 풀</translation>
    </message>
    <message>
        <source>Driver type</source>
        <translation>드라이버 유형</translation>
    </message>
    <message>
        <source>Worker type</source>
        <translation>워커 유형</translation>
    </message>
    <message>
        <source>Autoscaling from %1 to %2 workers</source>
        <translation>워커 %1~%2개로 자동 확장</translation>
    </message>
    <message>
        <source>None (single node)</source>
        <translation>없음(단일 노드)</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>워커 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminates</source>
        <translation>자동 종료</translation>
    </message>
    <message>
        <source>After %1 minutes idle</source>
        <translation>유휴 %1분 후</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>액세스 모드</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>정책</translation>
    </message>
    <message>
        <source>Runtime engine</source>
        <translation>런타임 엔진</translation>
    </message>
    <message>
        <source>Photon</source>
        <translation>Photon</translation>
    </message>
    <message>
        <source>Spark configuration</source>
        <translation>Spark 구성</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>Custom tags</source>
        <translation>사용자 지정 태그</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s)</source>
        <translation>
            <numerusform>스크립트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Log delivery</source>
        <translation>로그 전송</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>마지막 오류</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>생성 위치</translation>
    </message>
    <message>
        <source>UI</source>
        <translation>UI</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>이벤트를 읽는 중…</translation>
    </message>
    <message>
        <source>Could not read the events: %1</source>
        <translation>이벤트를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No events of this kind.</source>
        <translation>이 종류의 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>Installing %1 on “%2”…</source>
        <translation>“%2”에 %1을(를) 설치하는 중…</translation>
    </message>
    <message>
        <source>Uninstall %1 from “%2” in %3?</source>
        <translation>%3의 “%2”에서 %1을(를) 설치 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>It takes effect when the cluster restarts: until then the library stays installed and is listed as “Uninstall on restart”.</source>
        <translation>클러스터가 다시 시작될 때 적용됩니다. 그때까지 라이브러리는 설치된 상태로 유지되며 “다시 시작 시 설치 제거”로 표시됩니다.</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>설치 제거</translation>
    </message>
    <message>
        <source>Could not uninstall %1 from “%2”: %3</source>
        <translation>“%2”에서 %1을(를) 설치 제거할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1 will be uninstalled from “%2” when it restarts.</source>
        <translation>“%2”이(가) 다시 시작될 때 %1이(가) 설치 제거됩니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterSpecPickers</name>
    <message>
        <source>Runtime</source>
        <translation>런타임</translation>
    </message>
    <message>
        <source>Writes the runtime&apos;s key into spark_version</source>
        <translation>런타임 키를 spark_version에 씁니다</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>노드 유형</translation>
    </message>
    <message>
        <source>Writes the node type into node_type_id</source>
        <translation>노드 유형을 node_type_id에 씁니다</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>런타임(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Node type:</source>
        <translation>노드 유형(&amp;N):</translation>
    </message>
    <message>
        <source>Choose a runtime…</source>
        <translation>런타임 선택…</translation>
    </message>
    <message>
        <source>Loading runtimes…</source>
        <translation>런타임을 불러오는 중…</translation>
    </message>
    <message>
        <source>Choose a node type…</source>
        <translation>노드 유형 선택…</translation>
    </message>
    <message>
        <source>Loading node types…</source>
        <translation>노드 유형을 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterWorkersChart</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Workers over time</source>
        <translation>시간에 따른 워커 수</translation>
    </message>
    <message>
        <source>No sizing events yet.
The number of workers shows here once the cluster has started or resized.</source>
        <translation>아직 크기 조정 이벤트가 없습니다.
클러스터가 시작되거나 크기가 조정되면 여기에 워커 수가 표시됩니다.</translation>
    </message>
    <message>
        <source>No sizing events yet.</source>
        <translation>아직 크기 조정 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>%1 workers throughout the last %2; now %3</source>
        <translation>최근 %2 동안 계속 워커 %1개, 현재 %3개</translation>
    </message>
    <message>
        <source>Between %1 and %2 workers over the last %3; now %4</source>
        <translation>최근 %3 동안 워커 %1~%2개, 현재 %4개</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>워커</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersActions</name>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>새 클러스터(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a cluster from a template in the JSON editor</source>
        <translation>JSON 편집기에서 템플릿으로 클러스터 만들기</translation>
    </message>
    <message>
        <source>&amp;Edit Cluster…</source>
        <translation>클러스터 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the cluster&apos;s configuration as JSON; the changes are shown before they are saved</source>
        <translation>클러스터 구성을 JSON으로 편집합니다. 저장하기 전에 변경 사항이 표시됩니다</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>Start the terminated cluster with its configuration</source>
        <translation>종료된 클러스터를 해당 구성으로 시작</translation>
    </message>
    <message>
        <source>Res&amp;tart…</source>
        <translation>다시 시작(&amp;T)…</translation>
    </message>
    <message>
        <source>Restart the running cluster</source>
        <translation>실행 중인 클러스터 다시 시작</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>종료(&amp;T)…</translation>
    </message>
    <message>
        <source>Stop the cluster; its configuration is kept</source>
        <translation>클러스터를 중지합니다. 구성은 유지됩니다</translation>
    </message>
    <message>
        <source>Resi&amp;ze…</source>
        <translation>크기 조정(&amp;Z)…</translation>
    </message>
    <message>
        <source>Change the number of workers or the autoscale range</source>
        <translation>워커 수 또는 자동 확장 범위 변경</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>고정(&amp;P)</translation>
    </message>
    <message>
        <source>Keep the cluster in the list after it has been terminated for 30 days</source>
        <translation>종료된 지 30일이 지나도 클러스터를 목록에 유지</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>영구 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Terminate the cluster and remove it with its configuration</source>
        <translation>클러스터를 종료하고 구성과 함께 제거</translation>
    </message>
    <message>
        <source>Copy Cluster &amp;ID</source>
        <translation>클러스터 ID 복사(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the cluster&apos;s id to the clipboard</source>
        <translation>클러스터 ID를 클립보드에 복사</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>브라우저에서 열기(&amp;B)</translation>
    </message>
    <message>
        <source>Show the cluster in the web UI</source>
        <translation>웹 UI에서 클러스터 표시</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>List the clusters again</source>
        <translation>클러스터 목록 다시 불러오기</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>고정 해제(&amp;P)</translation>
    </message>
    <message>
        <source>Let the cluster leave the list 30 days after it terminates</source>
        <translation>종료 후 30일이 지나면 클러스터가 목록에서 사라지도록 허용</translation>
    </message>
    <message>
        <source>A job cluster starts with its job run; it cannot be started on its own</source>
        <translation>작업 클러스터는 작업 실행과 함께 시작되며 단독으로 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>New Cluster in %1</source>
        <translation>%1의 새 클러스터</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Created cluster “%1”; it is starting.</source>
        <translation>클러스터 “%1”을(를) 만들었습니다. 시작하는 중입니다.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>“%1” 읽는 중…</translation>
    </message>
    <message>
        <source>Could not read the cluster: %1</source>
        <translation>클러스터를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Edit Cluster “%1” in %2</source>
        <translation>%2에서 클러스터 “%1” 편집</translation>
    </message>
    <message>
        <source>Save and Restart</source>
        <translation>저장 후 다시 시작</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>“%1” is running: saving restarts it, and notebooks and jobs running on it are interrupted.</source>
        <translation>“%1”이(가) 실행 중입니다. 저장하면 다시 시작되며, 실행 중인 노트북과 작업이 중단됩니다.</translation>
    </message>
    <message>
        <source>Saved “%1”; it is restarting.</source>
        <translation>“%1”을(를) 저장했습니다. 다시 시작하는 중입니다.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation>“%1” 시작하는 중…</translation>
    </message>
    <message>
        <source>“%1” is starting.</source>
        <translation>“%1”을(를) 시작하는 중입니다.</translation>
    </message>
    <message>
        <source>Restart cluster “%1” in %2?</source>
        <translation>%2에서 클러스터 “%1”을(를) 다시 시작하시겠습니까?</translation>
    </message>
    <message>
        <source>Notebooks and jobs running on it are interrupted and their state is lost. Libraries marked for removal are removed.</source>
        <translation>클러스터에서 실행 중인 노트북과 작업이 중단되고 그 상태가 사라집니다. 제거하도록 표시된 라이브러리는 설치 제거됩니다.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Restarting “%1”…</source>
        <translation>“%1”을(를) 다시 시작하는 중…</translation>
    </message>
    <message>
        <source>“%1” is restarting.</source>
        <translation>“%1”을(를) 다시 시작하는 중입니다.</translation>
    </message>
    <message>
        <source>Terminate cluster “%1” in %2?</source>
        <translation>%2에서 클러스터 “%1”을(를) 종료하시겠습니까?</translation>
    </message>
    <message>
        <source>Everything running on it stops and the state of its notebooks is lost. Its configuration and libraries are kept: Start brings it back.</source>
        <translation>클러스터에서 실행 중인 모든 항목이 중지되고 노트북 상태가 사라집니다. 구성과 라이브러리는 유지되므로 시작을 사용해 다시 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Terminating “%1”…</source>
        <translation>“%1”을(를) 종료하는 중…</translation>
    </message>
    <message>
        <source>“%1” is terminating.</source>
        <translation>“%1”을(를) 종료하는 중입니다.</translation>
    </message>
    <message>
        <source>Resizing “%1”…</source>
        <translation>“%1”의 크기를 조정하는 중…</translation>
    </message>
    <message>
        <source>Saved the new size of “%1”.</source>
        <translation>“%1”의 새 크기를 저장했습니다.</translation>
    </message>
    <message>
        <source>Pinning “%1”…</source>
        <translation>“%1”을(를) 고정하는 중…</translation>
    </message>
    <message>
        <source>Unpinning “%1”…</source>
        <translation>“%1”의 고정을 해제하는 중…</translation>
    </message>
    <message>
        <source>Pinned “%1”.</source>
        <translation>“%1”을(를) 고정했습니다.</translation>
    </message>
    <message>
        <source>Unpinned “%1”.</source>
        <translation>“%1”의 고정을 해제했습니다.</translation>
    </message>
    <message>
        <source>Permanently delete cluster “%1” (%2) from %3?</source>
        <translation>%3에서 클러스터 “%1”(%2)을(를) 영구적으로 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>It is terminated if it runs, and its configuration, libraries and event history are removed. This cannot be undone; jobs and notebooks that name it will no longer find it.</source>
        <translation>실행 중이면 종료되며, 구성, 라이브러리, 이벤트 기록이 제거됩니다. 이 작업은 되돌릴 수 없습니다. 이 클러스터를 지정하는 작업과 노트북은 더 이상 클러스터를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>“%1”을(를) 삭제하는 중…</translation>
    </message>
    <message>
        <source>Deleted cluster “%1”.</source>
        <translation>클러스터 “%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Copied cluster id %1.</source>
        <translation>클러스터 ID %1을(를) 복사했습니다.</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>브라우저에서 %1을(를) 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersBrowser</name>
    <message>
        <source>&amp;Job clusters</source>
        <translation>작업 클러스터(&amp;J)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>No clusters here yet. New Cluster creates one from a template.</source>
        <translation>아직 클러스터가 없습니다. 새 클러스터로 템플릿에서 클러스터를 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Cluster actions</source>
        <translation>클러스터 동작</translation>
    </message>
    <message>
        <source>Show clusters in state</source>
        <translation>표시할 클러스터 상태</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Starting or changing</source>
        <translation>시작 또는 변경 중</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Show job clusters</source>
        <translation>작업 클러스터 표시</translation>
    </message>
    <message>
        <source>Also list the clusters that job runs and pipelines created for themselves</source>
        <translation>작업 실행과 파이프라인이 자체적으로 만든 클러스터도 나열</translation>
    </message>
    <message>
        <source>Filter clusters by name</source>
        <translation>이름으로 클러스터 필터링</translation>
    </message>
    <message>
        <source>Could not list the clusters: %1</source>
        <translation>클러스터 목록을 가져올 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>런타임</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>노드 유형</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>생성자</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>종료 사유</translation>
    </message>
    <message>
        <source>%1–%2 (autoscale)</source>
        <translation>%1–%2(자동 확장)</translation>
    </message>
    <message>
        <source>Single node</source>
        <translation>단일 노드</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>다시 시작 중</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>크기 조정 중</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>종료 중</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Stopped after a period of inactivity</source>
        <translation>일정 시간 비활성 상태여서 중지됨</translation>
    </message>
    <message>
        <source>Stopped after %1 minutes of inactivity</source>
        <translation>%1분 동안 비활성 상태여서 중지됨</translation>
    </message>
    <message>
        <source>Terminated by a user</source>
        <translation>사용자가 종료함</translation>
    </message>
    <message>
        <source>Terminated by %1</source>
        <translation>%1이(가) 종료함</translation>
    </message>
    <message>
        <source>Its job run finished</source>
        <translation>작업 실행이 끝남</translation>
    </message>
    <message>
        <source>An init script failed</source>
        <translation>초기화 스크립트가 실패함</translation>
    </message>
    <message>
        <source>%1 · pinned</source>
        <translation>%1 · 고정됨</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>cluster state inside a sentence</comment>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>running</source>
        <comment>cluster state inside a sentence</comment>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>restarting</source>
        <comment>cluster state inside a sentence</comment>
        <translation>다시 시작 중</translation>
    </message>
    <message>
        <source>resizing</source>
        <comment>cluster state inside a sentence</comment>
        <translation>크기 조정 중</translation>
    </message>
    <message>
        <source>terminating</source>
        <comment>cluster state inside a sentence</comment>
        <translation>종료 중</translation>
    </message>
    <message>
        <source>terminated</source>
        <comment>cluster state inside a sentence</comment>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>in an error state</source>
        <comment>cluster state inside a sentence</comment>
        <translation>오류</translation>
    </message>
    <message>
        <source>in state %1</source>
        <comment>cluster state inside a sentence</comment>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersPage</name>
    <message>
        <source>Clusters</source>
        <translation>클러스터</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConflictDialog</name>
    <message>
        <source>Already exists</source>
        <translation>이미 있음</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” already exists.&lt;/b&gt;</source>
        <translation>&lt;b&gt;“%1”이(가) 이미 있습니다.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Overwriting replaces it only once the new copy is complete.</source>
        <translation>덮어쓰면 새 사본이 완성된 후에만 기존 항목이 바뀝니다.</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the %n other conflict(s) and any later ones</source>
        <translation>
            <numerusform>다른 충돌 %n개와 이후의 모든 충돌에도 똑같이 적용</numerusform>
        </translation>
    </message>
    <message>
        <source>Do the same for any later conflicts in this transfer</source>
        <translation>이 전송에서 이후 발생하는 모든 충돌에도 똑같이 적용</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>덮어쓰기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>모두 유지(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>건너뛰기(&amp;S)</translation>
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
    <name>brickdesk::CreateScopeDialog</name>
    <message>
        <source>A scope named “%1” already exists (names are compared without regard to case).</source>
        <translation>이름이 “%1”인 범위가 이미 있습니다(이름은 대소문자를 구분하지 않고 비교함).</translation>
    </message>
    <message>
        <source>Only me, the creator</source>
        <translation>나(생성자)만</translation>
    </message>
    <message>
        <source>All workspace users (the “users” group)</source>
        <translation>모든 작업 영역 사용자(“users” 그룹)</translation>
    </message>
    <message>
        <source>New Secret Scope — %1</source>
        <translation>새 시크릿 범위 — %1</translation>
    </message>
    <message>
        <source>Scope name</source>
        <translation>범위 이름</translation>
    </message>
    <message>
        <source>e.g. prod-warehouse</source>
        <translation>예: prod-warehouse</translation>
    </message>
    <message>
        <source>Only the creator may manage the scope</source>
        <translation>생성자만 범위를 관리할 수 있음</translation>
    </message>
    <message>
        <source>All workspace users may manage the scope</source>
        <translation>모든 작업 영역 사용자가 범위를 관리할 수 있음</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Can manage:</source>
        <translation>관리 권한:</translation>
    </message>
    <message>
        <source>Letters, digits, “-”, “_”, “.” and “@”, up to 128 characters. The scope is backed by Databricks; its ACL can be changed afterwards.</source>
        <translation>문자, 숫자, “-”, “_”, “.”, “@”를 최대 128자까지 사용할 수 있습니다. 범위는 Databricks 기반이며 ACL은 나중에 변경할 수 있습니다.</translation>
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
    <name>brickdesk::DbfsActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>List the selected folder again (F5)</source>
        <translation>선택한 폴더를 다시 나열(F5)</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>새 폴더(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a folder in the selected folder (Ctrl+Shift+N)</source>
        <translation>선택한 폴더에 폴더 만들기(Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>이름 바꾸기(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename the selected file or folder (F2)</source>
        <translation>선택한 파일 또는 폴더의 이름 바꾸기(F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected files and folders (Del)</source>
        <translation>선택한 파일 및 폴더 삭제(Del)</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>경로 복사(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the dbfs:/ path of the selection (Ctrl+Shift+C)</source>
        <translation>선택 항목의 dbfs:/ 경로 복사(Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Do&amp;wnload…</source>
        <translation>다운로드(&amp;W)…</translation>
    </message>
    <message>
        <source>Download the selected files and folders to this computer</source>
        <translation>선택한 파일 및 폴더를 이 컴퓨터로 다운로드</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>업로드(&amp;U)…</translation>
    </message>
    <message>
        <source>Upload files from this computer into the selected folder</source>
        <translation>이 컴퓨터의 파일을 선택한 폴더로 업로드</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>새 폴더</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>위치: %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1을(를) 만드는 중…</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2</source>
        <translation>폴더 %1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Move “%1” into “%2” in workspace “%3”?</source>
        <translation>작업 영역 “%3”에서 “%1”을(를) “%2”(으)로 이동하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items into “%1” in workspace “%2”?</source>
        <translation>
            <numerusform>작업 영역 “%2”에서 항목 %n개를 “%1”(으)로 이동하시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation>%1을(를) 이동하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n items…</source>
        <translation>
            <numerusform>항목 %n개를 이동하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not move %1</source>
        <translation>%1을(를) 이동할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not delete everything: %1</source>
        <translation>일부 항목을 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1을(를) 삭제했습니다</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n items</source>
        <translation>
            <numerusform>항목 %n개를 삭제했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1을(를) 복사했습니다</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n paths</source>
        <translation>
            <numerusform>경로 %n개를 복사했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Download to Folder</source>
        <translation>폴더로 다운로드</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>%1(으)로 업로드</translation>
    </message>
    <message>
        <source>Uploads are not available here.</source>
        <translation>여기에서는 업로드할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDelete</name>
    <message>
        <source>The deletion was cancelled.</source>
        <translation>삭제가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The workspace was disconnected.</source>
        <translation>작업 영역 연결이 끊어졌습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDeleter</name>
    <message>
        <source>Counting the files to delete…</source>
        <translation>삭제할 파일 수를 세는 중…</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>파일 1개</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” from workspace “%2”?</source>
        <translation>작업 영역 “%2”에서 “%1”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete “%1” and everything in it from workspace “%2”?</source>
        <translation>작업 영역 “%2”에서 “%1”과(와) 그 안의 모든 항목을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete the folder “%1” from workspace “%2”? There are no files in it.</source>
        <translation>작업 영역 “%2”에서 폴더 “%1”을(를) 삭제하시겠습니까? 폴더에 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Delete “%1” and everything in it (%2) from workspace “%3”?</source>
        <translation>작업 영역 “%3”에서 “%1”과(와) 그 안의 모든 항목(%2)을 삭제하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items from workspace “%1”?</source>
        <translation>
            <numerusform>작업 영역 “%1”에서 항목 %n개를 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items and everything in them from workspace “%1”?</source>
        <translation>
            <numerusform>작업 영역 “%1”에서 항목 %n개와 그 안의 모든 항목을 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items and everything in them (%1 in folders) from workspace “%2”?</source>
        <translation>
            <numerusform>작업 영역 “%2”에서 항목 %n개와 그 안의 모든 항목(폴더 안 %1)을 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>이 작업은 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Deleting %1… %2 files deleted so far</source>
        <translation>%1을(를) 삭제하는 중… 지금까지 파일 %2개 삭제됨</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1을(를) 삭제하는 중…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>삭제하는 중…</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDownloadPlanner</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is not connected</source>
        <translation>작업 영역이 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>%1을(를) 나열하는 중…</translation>
    </message>
    <message>
        <source>Could not list %1: %2</source>
        <translation>%1을(를) 나열할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Preparing local folders…</source>
        <translation>로컬 폴더를 준비하는 중…</translation>
    </message>
    <message>
        <source>Could not create the local folder %1</source>
        <translation>로컬 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>A folder exists at %1; it cannot be replaced by a file</source>
        <translation>%1에 폴더가 있어 파일로 바꿀 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for an answer about %n existing file(s)…</source>
        <translation>
            <numerusform>기존 파일 %n개에 대한 응답을 기다리는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1이(가) 이미 있습니다</translation>
    </message>
    <message>
        <source>The transfer queue is gone</source>
        <translation>전송 대기열이 더 이상 없습니다</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDownloadTransfer</name>
    <message>
        <source>The workspace is not connected</source>
        <translation>작업 영역이 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1이(가) 더 이상 없습니다</translation>
    </message>
    <message>
        <source>The server sent an invalid answer for %1</source>
        <translation>서버가 %1에 대해 잘못된 응답을 보냈습니다</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1을(를) 다운로드할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>수정한 날짜</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsMove</name>
    <message>
        <source>The workspace is not connected</source>
        <translation>작업 영역이 연결되어 있지 않습니다</translation>
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
        <translation>다른 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>This folder already has something named “%1”.</source>
        <translation>이 폴더에 이미 이름이 “%1”인 항목이 있습니다.</translation>
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
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not exist</source>
        <translation>존재하지 않습니다</translation>
    </message>
    <message>
        <source>The workspace is not connected</source>
        <translation>작업 영역이 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Looking at the local files…</source>
        <translation>로컬 파일을 확인하는 중…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1을(를) 확인하는 중…</translation>
    </message>
    <message>
        <source>Could not look at %1: %2</source>
        <translation>%1을(를) 확인할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1은(는) 폴더가 아니라 파일입니다</translation>
    </message>
    <message>
        <source>A file exists at %1 where a folder should be</source>
        <translation>폴더가 있어야 할 %1에 파일이 있습니다</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>A folder exists at %1; it cannot be replaced by a file</source>
        <translation>%1에 폴더가 있어 파일로 바꿀 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for an answer about %n existing file(s)…</source>
        <translation>
            <numerusform>기존 파일 %n개에 대한 응답을 기다리는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating folders…</source>
        <translation>폴더를 만드는 중…</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1이(가) 이미 있습니다</translation>
    </message>
    <message>
        <source>The transfer queue is gone</source>
        <translation>전송 대기열이 더 이상 없습니다</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsUploadTransfer</name>
    <message>
        <source>The workspace is not connected</source>
        <translation>작업 영역이 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The upload stream expired; sending the file again</source>
        <translation>업로드 스트림이 만료되어 파일을 다시 보내는 중입니다</translation>
    </message>
    <message>
        <source>The connection was interrupted; sending the file again</source>
        <translation>연결이 끊어져 파일을 다시 보내는 중입니다</translation>
    </message>
    <message>
        <source>%1 was created by someone else during the upload</source>
        <translation>업로드하는 동안 다른 사용자가 %1을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1이(가) 이미 있습니다</translation>
    </message>
    <message>
        <source>The upload stream of %1 expired</source>
        <translation>%1의 업로드 스트림이 만료되었습니다</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <translation>%1을(를) 업로드할 수 없습니다: %2</translation>
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
        <translation>불러온 항목 중 “%1”과(와) 일치하는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>DBFS is empty. Drop files here to upload them.</source>
        <translation>DBFS가 비어 있습니다. 업로드하려면 파일을 여기에 놓으세요.</translation>
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
    <name>brickdesk::ExportDialog</name>
    <message>
        <source>Source file</source>
        <translation>소스 파일</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML 페이지</translation>
    </message>
    <message>
        <source>Jupyter notebook</source>
        <translation>Jupyter 노트북</translation>
    </message>
    <message>
        <source>DBC archive</source>
        <translation>DBC 아카이브</translation>
    </message>
    <message>
        <source>R Markdown</source>
        <translation>R Markdown</translation>
    </message>
    <message>
        <source>As stored</source>
        <translation>저장된 그대로</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>“%1” 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Objects</source>
        <translation>
            <numerusform>개체 %n개 내보내기</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Source files (folders as local folders)</source>
        <translation>소스 파일(폴더는 로컬 폴더로)(&amp;S)</translation>
    </message>
    <message>
        <source>Folder of &amp;source files</source>
        <translation>소스 파일 폴더(&amp;S)</translation>
    </message>
    <message>
        <source>Notebooks as .py, .scala, .sql and .r files and workspace files as they are: importing the folder again recreates it.</source>
        <translation>노트북은 .py, .scala, .sql, .r 파일로, 작업 영역 파일은 그대로 내보냅니다. 폴더를 다시 가져오면 그대로 재현됩니다.</translation>
    </message>
    <message>
        <source>&amp;DBC archives (one per object)</source>
        <translation>DBC 아카이브(개체당 하나)(&amp;D)</translation>
    </message>
    <message>
        <source>One &amp;DBC archive</source>
        <translation>DBC 아카이브 하나(&amp;D)</translation>
    </message>
    <message>
        <source>A Databricks archive holds notebooks only; workspace files are left out.</source>
        <translation>Databricks 아카이브에는 노트북만 포함되며 작업 영역 파일은 제외됩니다.</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>폴더로 내보내기</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>내보내기 형식:</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>대상 폴더(&amp;I):</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>다른 이름으로 내보내기</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>폴더로 내보내기</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>쓸 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Give the full path of the file to write.</source>
        <translation>쓸 파일의 전체 경로를 입력하세요.</translation>
    </message>
    <message>
        <source>Choose the local folder to export into.</source>
        <translation>내보낼 로컬 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Writes %1.</source>
        <translation>%1을(를) 씁니다.</translation>
    </message>
    <message>
        <source>Creates %1 with the folder’s notebooks as source files and its workspace files as they are.</source>
        <translation>폴더의 노트북은 소스 파일로, 작업 영역 파일은 그대로 담아 %1을(를) 만듭니다.</translation>
    </message>
    <message numerus="yes">
        <source>Writes %n object(s) into %1.</source>
        <translation>
            <numerusform>개체 %n개를 %1에 씁니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::FilterBox</name>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>이름으로 필터링(Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>필터 지우기</translation>
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
        <translation>아직 선택한 주체 없음</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>선택(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>부여(&amp;G)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Grant Permission — %1</source>
        <translation>권한 부여 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Grant a permission on %n objects</source>
        <translation>
            <numerusform>개체 %n개에 권한 부여</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give one principal the same permission on %n objects in %1. Whoever already has that level or a stronger one keeps it.</source>
        <translation>
            <numerusform>%1의 개체 %n개에 대해 한 주체에게 같은 권한을 부여합니다. 이미 해당 수준 이상의 권한을 가진 주체는 기존 권한을 유지합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objects and results</source>
        <translation>개체 및 결과</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>아직 보내지 않음</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Choose the principal</source>
        <translation>주체 선택</translation>
    </message>
    <message>
        <source>Permission to grant</source>
        <translation>부여할 권한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>부여</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>주체:</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>권한(&amp;P):</translation>
    </message>
    <message>
        <source>These objects have no permission level in common; grant on fewer kinds of object at once.</source>
        <translation>이 개체들에는 공통된 권한 수준이 없습니다. 한 번에 더 적은 종류의 개체에 권한을 부여하세요.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Granting…</source>
        <translation>부여하는 중…</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>부여됨</translation>
    </message>
    <message>
        <source>Is the owner; kept</source>
        <translation>소유자이므로 유지됨</translation>
    </message>
    <message>
        <source>Already has %1; kept</source>
        <translation>이미 %1이(가) 있으므로 유지됨</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>Done on all %n objects.</source>
        <translation>
            <numerusform>개체 %n개 모두 완료했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done on %1 of %2 objects; %n failed, as each row says.</source>
        <translation>
            <numerusform>개체 %2개 중 %1개를 완료했습니다. %n개는 실패했습니다(각 행 참조).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ImportDialog</name>
    <message>
        <source>Notebook</source>
        <translation>노트북</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>DBC archive</source>
        <translation>DBC 아카이브</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>소스</translation>
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
        <translation>작업 영역 파일</translation>
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
        <translation>파일 추가(&amp;F)…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>폴더 추가(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Import into Workspace</source>
        <translation>작업 영역으로 가져오기</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>대상 폴더</translation>
    </message>
    <message>
        <source>/Users/me/project</source>
        <translation>/Users/me/project</translation>
    </message>
    <message>
        <source>Items to import</source>
        <translation>가져올 항목</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>로컬 파일</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>When an object already exists</source>
        <translation>개체가 이미 있는 경우</translation>
    </message>
    <message>
        <source>&amp;Ask for each</source>
        <translation>항목마다 묻기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation>건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>O&amp;verwrite it</source>
        <translation>덮어쓰기(&amp;V)</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>가져올 위치(&amp;I):</translation>
    </message>
    <message>
        <source>Add files or folders to import, or drop them on a folder of the workspace.</source>
        <translation>가져올 파일이나 폴더를 추가하거나 작업 영역의 폴더에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>Choose a workspace folder to import into, such as /Users/me.</source>
        <translation>가져올 작업 영역 폴더를 선택하세요(예: /Users/me).</translation>
    </message>
    <message numerus="yes">
        <source>Looking at %n local item(s)…</source>
        <translation>
            <numerusform>로컬 항목 %n개를 확인하는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s)</source>
        <translation>
            <numerusform>노트북 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DBC archive(s)</source>
        <translation>
            <numerusform>DBC 아카이브 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>폴더 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>가져올 항목이 없습니다.</translation>
    </message>
    <message>
        <source>%1 (%2) into %3</source>
        <translation>%1(%2) → %3</translation>
    </message>
    <message numerus="yes">
        <source>Cannot read %n item(s), they will be reported as failed: %1</source>
        <translation>
            <numerusform>항목 %n개를 읽을 수 없어 실패로 보고됩니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Files to Import</source>
        <translation>가져올 파일 추가</translation>
    </message>
    <message>
        <source>Add a Folder to Import</source>
        <translation>가져올 폴더 추가</translation>
    </message>
    <message>
        <source>In the workspace</source>
        <translation>작업 영역 내 위치</translation>
    </message>
</context>
<context>
    <name>brickdesk::InstallLibraryDialog</name>
    <message>
        <source>Install Library — %1</source>
        <translation>라이브러리 설치 — %1</translation>
    </message>
    <message>
        <source>Install a library on %1</source>
        <translation>%1에 라이브러리 설치</translation>
    </message>
    <message>
        <source>Library kind</source>
        <translation>라이브러리 종류</translation>
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
        <translation>requirements 파일</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>설치(&amp;I)</translation>
    </message>
    <message>
        <source>Install the library</source>
        <translation>라이브러리 설치</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>패키지(&amp;P):</translation>
    </message>
    <message>
        <source>pandas==2.2.2</source>
        <translation>pandas==2.2.2</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>패키지</translation>
    </message>
    <message>
        <source>Index &amp;URL:</source>
        <translation>인덱스 URL(&amp;U):</translation>
    </message>
    <message>
        <source>Optional, e.g. https://pypi.example.com/simple</source>
        <translation>선택 사항, 예: https://pypi.example.com/simple</translation>
    </message>
    <message>
        <source>PyPI index URL</source>
        <translation>PyPI 인덱스 URL</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>좌표(&amp;C):</translation>
    </message>
    <message>
        <source>com.databricks:spark-xml_2.12:0.18.0</source>
        <translation>com.databricks:spark-xml_2.12:0.18.0</translation>
    </message>
    <message>
        <source>Maven coordinates</source>
        <translation>Maven 좌표</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>리포지토리(&amp;R):</translation>
    </message>
    <message>
        <source>Optional, e.g. https://repo.example.com/maven</source>
        <translation>선택 사항, 예: https://repo.example.com/maven</translation>
    </message>
    <message>
        <source>Maven repository URL</source>
        <translation>Maven 리포지토리 URL</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>경로(&amp;P):</translation>
    </message>
    <message>
        <source>/Workspace/Shared/wheels/package-1.0-py3-none-any.whl</source>
        <translation>/Workspace/Shared/wheels/package-1.0-py3-none-any.whl</translation>
    </message>
    <message>
        <source>Path of the wheel</source>
        <translation>wheel 경로</translation>
    </message>
    <message>
        <source>/Volumes/main/default/libs/udfs.jar</source>
        <translation>/Volumes/main/default/libs/udfs.jar</translation>
    </message>
    <message>
        <source>Path of the JAR</source>
        <translation>JAR 경로</translation>
    </message>
    <message>
        <source>/Workspace/Shared/requirements.txt</source>
        <translation>/Workspace/Shared/requirements.txt</translation>
    </message>
    <message>
        <source>Path of the requirements file</source>
        <translation>requirements 파일 경로</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>설치하는 중…</translation>
    </message>
    <message>
        <source>The library was not installed: %1</source>
        <translation>라이브러리가 설치되지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobPane</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>필드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Load More Runs</source>
        <translation>실행 더 불러오기</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>작업 세부 정보</translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation>선택한 태스크</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>This job has not run yet.</source>
        <translation>이 작업은 아직 실행되지 않았습니다.</translation>
    </message>
    <message>
        <source>Load more runs</source>
        <translation>실행 더 불러오기</translation>
    </message>
    <message>
        <source>Job settings</source>
        <translation>작업 설정</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>선택한 작업 없음</translation>
    </message>
    <message>
        <source>Select a job to see its tasks, runs and settings.</source>
        <translation>작업을 선택하면 태스크, 실행, 설정을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>작업 %1</translation>
    </message>
    <message>
        <source>runs as %1</source>
        <translation>%1(으)로 실행</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>작성자: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>태스크 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a task to see what it runs and when.</source>
        <translation>태스크를 선택하면 실행 내용과 시점을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>실행: %1</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>대상: %1</translation>
    </message>
    <message>
        <source>Starts first</source>
        <translation>가장 먼저 시작</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>이후: %1</translation>
    </message>
    <message>
        <source>Runs if: %1</source>
        <translation>실행 조건: %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsActions</name>
    <message>
        <source>&amp;New Job…</source>
        <translation>새 작업(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a job from a template in the JSON editor</source>
        <translation>JSON 편집기에서 템플릿으로 작업 만들기</translation>
    </message>
    <message>
        <source>&amp;Edit Job…</source>
        <translation>작업 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the job&apos;s settings as JSON; the changes are shown before they are saved</source>
        <translation>작업 설정을 JSON으로 편집합니다. 저장하기 전에 변경 사항이 표시됩니다</translation>
    </message>
    <message>
        <source>&amp;Delete Job…</source>
        <translation>작업 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the job and its run history</source>
        <translation>작업과 실행 기록 삭제</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>지금 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Start a run with the job&apos;s own settings</source>
        <translation>작업 자체 설정으로 실행 시작</translation>
    </message>
    <message>
        <source>Run Now &amp;With Different Settings…</source>
        <translation>다른 설정으로 지금 실행(&amp;W)…</translation>
    </message>
    <message>
        <source>Start a run with other parameters or only some tasks</source>
        <translation>다른 매개변수나 일부 태스크만으로 실행 시작</translation>
    </message>
    <message>
        <source>&amp;Pause Schedule</source>
        <translation>일정 일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>Stop the schedule or trigger from starting runs</source>
        <translation>일정 또는 트리거가 실행을 시작하지 않도록 중지</translation>
    </message>
    <message>
        <source>Copy Job &amp;ID</source>
        <translation>작업 ID 복사(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the job&apos;s id to the clipboard</source>
        <translation>작업 ID를 클립보드에 복사</translation>
    </message>
    <message>
        <source>Open Job in &amp;Browser</source>
        <translation>브라우저에서 작업 열기(&amp;B)</translation>
    </message>
    <message>
        <source>Show the job in the web UI</source>
        <translation>웹 UI에서 작업 표시</translation>
    </message>
    <message>
        <source>&amp;Cancel Run…</source>
        <translation>실행 취소(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel the selected run</source>
        <translation>선택한 실행 취소</translation>
    </message>
    <message>
        <source>Cancel &amp;All Runs…</source>
        <translation>모든 실행 취소(&amp;A)…</translation>
    </message>
    <message>
        <source>Cancel every active and queued run of the job</source>
        <translation>작업의 모든 활성 및 대기 중인 실행 취소</translation>
    </message>
    <message>
        <source>Re&amp;pair Run…</source>
        <translation>실행 복구(&amp;P)…</translation>
    </message>
    <message>
        <source>Run the failed tasks of the selected run again</source>
        <translation>선택한 실행의 실패한 태스크를 다시 실행</translation>
    </message>
    <message>
        <source>Delete R&amp;un…</source>
        <translation>실행 삭제(&amp;U)…</translation>
    </message>
    <message>
        <source>Delete the selected run from the history</source>
        <translation>선택한 실행을 기록에서 삭제</translation>
    </message>
    <message>
        <source>Open Run in Bro&amp;wser</source>
        <translation>브라우저에서 실행 열기(&amp;W)</translation>
    </message>
    <message>
        <source>Show the selected run in the web UI</source>
        <translation>웹 UI에서 선택한 실행 표시</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>List the jobs and the selected job&apos;s runs again</source>
        <translation>작업 목록과 선택한 작업의 실행을 다시 불러오기</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>작업 %1</translation>
    </message>
    <message>
        <source>Resume Sched&amp;ule</source>
        <translation>일정 재개(&amp;U)</translation>
    </message>
    <message>
        <source>Let the schedule or trigger start runs again</source>
        <translation>일정 또는 트리거가 다시 실행을 시작하도록 허용</translation>
    </message>
    <message>
        <source>New Job in %1</source>
        <translation>%1의 새 작업</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Created job “%1”.</source>
        <translation>작업 “%1”을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>“%1” 읽는 중…</translation>
    </message>
    <message>
        <source>Could not read the job: %1</source>
        <translation>작업을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Edit Job “%1” in %2</source>
        <translation>%2에서 작업 “%1” 편집</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Saved job “%1”.</source>
        <translation>작업 “%1”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Delete job “%1” (%2) from %3?</source>
        <translation>%3에서 작업 “%1”(%2)을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Its schedule stops and its run history goes with it. Active runs are cancelled. This cannot be undone.</source>
        <translation>일정이 중지되고 실행 기록도 함께 삭제됩니다. 활성 실행은 취소됩니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>작업 삭제</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>“%1”을(를) 삭제하는 중…</translation>
    </message>
    <message>
        <source>Could not delete the job: %1</source>
        <translation>작업을 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Deleted job “%1”.</source>
        <translation>작업 “%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation>“%1” 시작하는 중…</translation>
    </message>
    <message>
        <source>Could not start the job: %1</source>
        <translation>작업을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Started run %1 of “%2”.</source>
        <translation>“%2”의 실행 %1을(를) 시작했습니다.</translation>
    </message>
    <message>
        <source>Resuming “%1”…</source>
        <translation>“%1” 재개하는 중…</translation>
    </message>
    <message>
        <source>Pausing “%1”…</source>
        <translation>“%1” 일시 중지하는 중…</translation>
    </message>
    <message>
        <source>Could not change the schedule: %1</source>
        <translation>일정을 변경할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Resumed “%1”.</source>
        <translation>“%1”을(를) 재개했습니다.</translation>
    </message>
    <message>
        <source>Paused “%1”.</source>
        <translation>“%1”을(를) 일시 중지했습니다.</translation>
    </message>
    <message>
        <source>Copied job id %1.</source>
        <translation>작업 ID %1을(를) 복사했습니다.</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>브라우저에서 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Cancel run %1 of “%2” in %3?</source>
        <translation>%3에서 “%2”의 실행 %1을(를) 취소하시겠습니까?</translation>
    </message>
    <message>
        <source>Its running tasks are stopped and the tasks after them are skipped.</source>
        <translation>실행 중인 태스크가 중지되고 그 이후의 태스크는 건너뜁니다.</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Cancelling run %1…</source>
        <translation>실행 %1 취소하는 중…</translation>
    </message>
    <message>
        <source>Could not cancel the run: %1</source>
        <translation>실행을 취소할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cancelling run %1.</source>
        <translation>실행 %1을(를) 취소하는 중입니다.</translation>
    </message>
    <message>
        <source>Cancel every run of “%1” in %2?</source>
        <translation>%2에서 “%1”의 모든 실행을 취소하시겠습니까?</translation>
    </message>
    <message>
        <source>All its active and queued runs are cancelled. New runs can still start, from the schedule or from another job.</source>
        <translation>활성 및 대기 중인 모든 실행이 취소됩니다. 일정이나 다른 작업에서 새 실행이 계속 시작될 수 있습니다.</translation>
    </message>
    <message>
        <source>Cancel All Runs</source>
        <translation>모든 실행 취소</translation>
    </message>
    <message>
        <source>Cancelling the runs of “%1”…</source>
        <translation>“%1”의 실행을 취소하는 중…</translation>
    </message>
    <message>
        <source>Could not cancel the runs: %1</source>
        <translation>실행을 취소할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cancelling every run of “%1”.</source>
        <translation>“%1”의 모든 실행을 취소하는 중입니다.</translation>
    </message>
    <message>
        <source>Delete run %1 of “%2” from %3?</source>
        <translation>%3에서 “%2”의 실행 %1을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>The run, its output and its logs go from the history. This cannot be undone.</source>
        <translation>실행과 그 출력 및 로그가 기록에서 삭제됩니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>실행 삭제</translation>
    </message>
    <message>
        <source>Deleting run %1…</source>
        <translation>실행 %1 삭제하는 중…</translation>
    </message>
    <message>
        <source>Could not delete the run: %1</source>
        <translation>실행을 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Deleted run %1.</source>
        <translation>실행 %1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation>실행 %1 읽는 중…</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>실행을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Repairing run %1.</source>
        <translation>실행 %1을(를) 복구하는 중입니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsBrowser</name>
    <message>
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>No jobs in this workspace yet. New Job creates one from a template.</source>
        <translation>이 작업 영역에는 아직 작업이 없습니다. 새 작업으로 템플릿에서 작업을 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>작업 동작</translation>
    </message>
    <message>
        <source>Filter jobs by name</source>
        <translation>이름으로 작업 필터링</translation>
    </message>
    <message>
        <source>Could not list the jobs: %1</source>
        <translation>작업 목록을 가져올 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>작업 %1</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>트리거</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>마지막 실행</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>실행한 적 없음</translation>
    </message>
    <message>
        <source>Run %1 started %2
%3</source>
        <translation>실행 %1, %2에 시작
%3</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2 동안 %1</translation>
    </message>
    <message>
        <source>%1 · %2 ago</source>
        <translation>%1 · %2 전</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsPage</name>
    <message>
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
</context>
<context>
    <name>brickdesk::JsonDiffView</name>
    <message>
        <source>Summary of changes</source>
        <translation>변경 사항 요약</translation>
    </message>
    <message>
        <source>Changed lines</source>
        <translation>변경된 줄</translation>
    </message>
    <message>
        <source>These changes will be sent: %1</source>
        <translation>다음 변경 사항이 전송됩니다: %1</translation>
    </message>
    <message>
        <source>@@ line %1 @@</source>
        <translation>@@ %1줄 @@</translation>
    </message>
</context>
<context>
    <name>brickdesk::JsonPayloadDialog</name>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>서식 지정(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>편집으로 돌아가기(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>확인(&amp;C)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>템플릿에서 시작</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>템플릿에서 시작…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>템플릿(&amp;T):</translation>
    </message>
    <message>
        <source>Payload editor</source>
        <translation>페이로드 편집기</translation>
    </message>
    <message>
        <source>Review of the changes</source>
        <translation>변경 사항 검토</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>서식 지정</translation>
    </message>
    <message>
        <source>Indent the JSON, keeping its key order (Ctrl+Shift+F)</source>
        <translation>키 순서를 유지하며 JSON 들여쓰기(Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>편집으로 돌아가기</translation>
    </message>
    <message>
        <source>Check the payload and send it (Ctrl+Return)</source>
        <translation>페이로드를 검사하고 전송(Ctrl+Return)</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>확인 후 전송</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>보내는 중</translation>
    </message>
    <message>
        <source>Nothing changed: the payload is the same as on the server.</source>
        <translation>변경된 내용이 없습니다. 페이로드가 서버와 같습니다.</translation>
    </message>
    <message>
        <source>The server refused the payload: %1</source>
        <translation>서버가 페이로드를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Discard your changes to this payload?</source>
        <translation>이 페이로드의 변경 사항을 버리시겠습니까?</translation>
    </message>
    <message>
        <source>What you typed is lost; nothing was sent.</source>
        <translation>입력한 내용이 사라집니다. 아무것도 전송되지 않았습니다.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Replace your changes with the template “%1”?</source>
        <translation>변경 사항을 템플릿 “%1”(으)로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>주의</translation>
    </message>
</context>
<context>
    <name>brickdesk::JsonPayloadEditor</name>
    <message>
        <source>Payload JSON</source>
        <translation>페이로드 JSON</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Payload status</source>
        <translation>페이로드 상태</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1줄, %2열: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>문제 없음</translation>
    </message>
    <message>
        <source>Line %1, column %2 — %3</source>
        <translation>%1줄, %2열 — %3</translation>
    </message>
</context>
<context>
    <name>brickdesk::KeyDetailsPanel</name>
    <message>
        <source>Reference to use in job, cluster and pipeline settings</source>
        <translation>작업, 클러스터, 파이프라인 설정에 사용할 참조</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>범위:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>업데이트:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>참조:</translation>
    </message>
    <message>
        <source>The value is never shown here. Use Copy Value to put it on the clipboard for 30 seconds.</source>
        <translation>값은 여기에 표시되지 않습니다. 값 복사를 사용하면 30초 동안 클립보드에 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 (Azure Key Vault, read-only here)</source>
        <translation>%1(Azure Key Vault, 여기서는 읽기 전용)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1(%2 경과)</translation>
    </message>
    <message numerus="yes">
        <source>Not updated for more than %n day(s): consider rotating it.</source>
        <translation>
            <numerusform>%n일 넘게 업데이트되지 않았습니다. 교체를 고려하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
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
    <name>brickdesk::LazyTreeModel</name>
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
        <source>Load more…</source>
        <translation>더 불러오기…</translation>
    </message>
    <message>
        <source>Could not load more: %1
Activate to try again.</source>
        <translation>더 불러올 수 없습니다: %1
다시 시도하려면 활성화하세요.</translation>
    </message>
    <message>
        <source>Activate to list the next entries.</source>
        <translation>다음 항목을 나열하려면 활성화하세요.</translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>작업 영역에 연결되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::LazyTreeView</name>
    <message>
        <source>Nothing loaded matches “%1”.
Open more folders to search them too.</source>
        <translation>불러온 항목 중 “%1”과(와) 일치하는 항목이 없습니다.
더 많은 폴더를 열면 해당 폴더에서도 검색합니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::LibraryStatusModel</name>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>설치 중</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>설치됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Uninstall on restart</source>
        <translation>다시 시작 시 설치 제거</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>복원됨</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
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
    <message>
        <source>&amp;Transfers Panel</source>
        <translation>전송 패널(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>Close workspace “%1” and cancel its %n unfinished transfer(s)?</source>
        <translation>
            <numerusform>작업 영역 “%1”을(를) 닫고 완료되지 않은 전송 %n개를 취소하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing half-written is kept: cancelled uploads and downloads are removed, and files they were replacing stay as they were.</source>
        <translation>절반만 쓰인 항목은 남지 않습니다. 취소된 업로드와 다운로드는 제거되며, 바꾸려던 파일은 원래대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Close Workspace</source>
        <translation>작업 영역 닫기</translation>
    </message>
    <message numerus="yes">
        <source>Quit and cancel %n unfinished transfer(s)?</source>
        <translation>
            <numerusform>종료하고 완료되지 않은 전송 %n개를 취소하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
</context>
<context>
    <name>brickdesk::NameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <translation>이름에는 “/”를 포함할 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” cannot be a name.</source>
        <translation>“%1”은(는) 이름으로 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::NewFolderDialog</name>
    <message>
        <source>New Folder</source>
        <translation>새 폴더</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>폴더 이름</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>위치: %1</translation>
    </message>
    <message>
        <source>This folder already has an object named “%1”.</source>
        <translation>이 폴더에 이미 이름이 “%1”인 개체가 있습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::NoDelayHttpReply</name>
    <message>
        <source>The server sent a header line that is too long.</source>
        <translation>서버가 너무 긴 헤더 줄을 보냈습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP.</source>
        <translation>서버 응답이 HTTP가 아닙니다.</translation>
    </message>
    <message>
        <source>The server sent a malformed header.</source>
        <translation>서버가 잘못된 헤더를 보냈습니다.</translation>
    </message>
    <message>
        <source>The server sent a malformed chunk.</source>
        <translation>서버가 잘못된 청크를 보냈습니다.</translation>
    </message>
    <message>
        <source>The server sent a malformed Content-Length.</source>
        <translation>서버가 잘못된 Content-Length를 보냈습니다.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>서버가 응답하기 전에 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>작업이 취소되었습니다</translation>
    </message>
</context>
<context>
    <name>brickdesk::NotebookPreview</name>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>수정한 날짜 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objects selected.</source>
        <translation>
            <numerusform>개체 %n개를 선택했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a notebook to read it here.</source>
        <translation>여기에서 읽을 노트북을 선택하세요.</translation>
    </message>
    <message>
        <source>Not listed yet. Expand the folder to see what it holds.</source>
        <translation>아직 나열되지 않았습니다. 폴더를 펼쳐 내용을 확인하세요.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”이(가) 비어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n objects.</source>
        <translation>
            <numerusform>“%1”에 개체 %n개가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: the file is larger than %1.</source>
        <translation>미리 보기 없음: 파일이 %1보다 큽니다.</translation>
    </message>
    <message>
        <source>No preview for objects of this type (%1).</source>
        <translation>이 유형의 개체는 미리 볼 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>작업 영역에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>This notebook is larger than 10 MB, the most the Workspace API exports (MAX_NOTEBOOK_SIZE_EXCEEDED). Open it in the browser instead.</source>
        <translation>이 노트북은 Workspace API가 내보낼 수 있는 최대 크기인 10MB보다 큽니다(MAX_NOTEBOOK_SIZE_EXCEEDED). 대신 브라우저에서 여세요.</translation>
    </message>
    <message>
        <source>Could not load the preview: %1</source>
        <translation>미리 보기를 불러올 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cells</source>
        <translation>
            <numerusform>셀 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: this is not a text file.</source>
        <translation>미리 보기 없음: 텍스트 파일이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ParameterTable</name>
    <message>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation>값 추가(&amp;V)</translation>
    </message>
    <message>
        <source>Add &amp;Parameter</source>
        <translation>매개변수 추가(&amp;P)</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>%1에 행 추가</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>%1에서 선택한 행 제거</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>기본값: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::PayloadIssuesModel</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(최상위)</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3: %4 (%5)</source>
        <translation>%2줄, %3열의 %1: %4(%5)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>줄:열</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionLevelDelegate</name>
    <message>
        <source>Permission of %1</source>
        <translation>%1의 권한</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionObject</name>
    <message>
        <source>job</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>notebook</source>
        <translation>노트북</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>repo</source>
        <translation>리포지토리</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Can view</source>
        <translation>보기 권한</translation>
    </message>
    <message>
        <source>Can read</source>
        <translation>읽기 권한</translation>
    </message>
    <message>
        <source>Can run</source>
        <translation>실행 권한</translation>
    </message>
    <message>
        <source>Can edit</source>
        <translation>편집 권한</translation>
    </message>
    <message>
        <source>Can manage run</source>
        <translation>실행 관리 권한</translation>
    </message>
    <message>
        <source>Can attach to</source>
        <translation>연결 권한</translation>
    </message>
    <message>
        <source>Can restart</source>
        <translation>다시 시작 권한</translation>
    </message>
    <message>
        <source>Can manage</source>
        <translation>관리 권한</translation>
    </message>
    <message>
        <source>Can use</source>
        <translation>사용 권한</translation>
    </message>
    <message>
        <source>Is owner</source>
        <translation>소유자</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionRules</name>
    <message>
        <source>A group cannot own a %1: “%2” needs another level. Choose a user or a service principal with Transfer Ownership.</source>
        <translation>그룹은 %1을(를) 소유할 수 없습니다. “%2”에는 다른 수준이 필요합니다. 소유권 이전으로 사용자 또는 서비스 주체를 선택하세요.</translation>
    </message>
    <message>
        <source>The %1 would have no owner. A %1 has exactly one: choose the new one with Transfer Ownership.</source>
        <translation>%1에 소유자가 없게 됩니다. %1에는 소유자가 정확히 한 명 있어야 합니다. 소유권 이전으로 새 소유자를 선택하세요.</translation>
    </message>
    <message>
        <source>The %1 would have %2 owners (%3). A %1 has exactly one: keep one of them as owner.</source>
        <translation>%1에 소유자가 %2명(%3) 있게 됩니다. %1에는 소유자가 정확히 한 명 있어야 합니다. 그중 한 명만 소유자로 유지하세요.</translation>
    </message>
    <message>
        <source>%1 keeps Can manage on their own home folder: the workspace does not allow taking it away.</source>
        <translation>%1은(는) 자신의 홈 폴더에 대한 관리 권한을 유지합니다. 작업 영역에서 이 권한을 제거할 수 없습니다.</translation>
    </message>
    <message>
        <source>You would lose your own right to manage this %1 and could not change its permissions again. Keep Can manage for %2 or for a group you are in.</source>
        <translation>이 %1을(를) 관리할 권한을 잃게 되어 다시는 권한을 변경할 수 없습니다. %2 또는 내가 속한 그룹에 관리 권한을 유지하세요.</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionsDialog</name>
    <message>
        <source>&amp;Add Principal…</source>
        <translation>주체 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Transfer Ownership…</source>
        <translation>소유권 이전(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>되돌리기(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>다시 불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>적용(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Permissions — %1</source>
        <translation>권한 — %1</translation>
    </message>
    <message>
        <source>Permissions of the %1 %2</source>
        <translation>%1 %2의 권한</translation>
    </message>
    <message>
        <source>Who may use the %1 “%2” in %3.</source>
        <translation>%3에서 %1 “%2”을(를) 사용할 수 있는 주체입니다.</translation>
    </message>
    <message>
        <source>Permissions by principal</source>
        <translation>주체별 권한</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>보낼 변경 사항</translation>
    </message>
    <message>
        <source>Why the changes cannot be sent</source>
        <translation>변경 사항을 보낼 수 없는 이유</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Add principal</source>
        <translation>주체 추가</translation>
    </message>
    <message>
        <source>Remove the direct permission</source>
        <translation>직접 권한 제거</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>소유권 이전</translation>
    </message>
    <message>
        <source>Revert the changes</source>
        <translation>변경 사항 되돌리기</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Take away the level set on this object; inherited levels stay</source>
        <translation>이 개체에 설정된 수준을 제거합니다. 상속된 수준은 유지됩니다</translation>
    </message>
    <message>
        <source>Make someone else the owner; the former owner keeps Can manage</source>
        <translation>다른 주체를 소유자로 지정합니다. 이전 소유자는 관리 권한을 유지합니다</translation>
    </message>
    <message>
        <source>Reading the permissions…</source>
        <translation>권한을 읽는 중…</translation>
    </message>
    <message>
        <source>The permissions could not be read: %1</source>
        <translation>권한을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No changes yet: pick a level in the Permission column, or add a principal.</source>
        <translation>아직 변경 사항이 없습니다. 권한 열에서 수준을 선택하거나 주체를 추가하세요.</translation>
    </message>
    <message>
        <source>• Adds %1 for %2</source>
        <translation>• %2에게 %1 추가</translation>
    </message>
    <message>
        <source>• Changes %1 from %2 to %3</source>
        <translation>• %1의 권한을 %2에서 %3(으)로 변경</translation>
    </message>
    <message>
        <source>• Removes the direct %1 of %2</source>
        <translation>• %2의 직접 %1 제거</translation>
    </message>
    <message>
        <source>Sent as a whole new list (PUT), because an entry is removed: every direct entry shown above is sent again, and any added elsewhere since this was read is dropped.</source>
        <translation>항목이 제거되므로 완전히 새로운 목록(PUT)으로 보냅니다. 위에 표시된 모든 직접 항목을 다시 보내며, 읽은 이후 다른 곳에서 추가된 항목은 삭제됩니다.</translation>
    </message>
    <message>
        <source>Sent as a merge (PATCH): entries not listed stay as they are.</source>
        <translation>병합(PATCH)으로 보냅니다. 나열되지 않은 항목은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>소유권 이전</translation>
    </message>
    <message>
        <source>Make Owner</source>
        <translation>소유자로 지정</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Replace the permissions of the %1 “%2” in %3?</source>
        <translation>%3에서 %1 “%2”의 권한을 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>These lose their direct permission: %1. The list is sent whole, so an entry someone else added since it was read is dropped too; inherited permissions stay.</source>
        <translation>다음 주체는 직접 권한을 잃습니다: %1. 목록 전체를 보내므로 읽은 이후 다른 사용자가 추가한 항목도 삭제됩니다. 상속된 권한은 유지됩니다.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Saving the permissions…</source>
        <translation>권한을 저장하는 중…</translation>
    </message>
    <message>
        <source>The change did not go through; your edit is kept (Reload shows what the workspace has now): %1</source>
        <translation>변경 사항이 적용되지 않았습니다. 편집 내용은 유지됩니다(다시 불러오기를 사용하면 작업 영역의 현재 상태를 볼 수 있습니다): %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Discard the changes to the permissions of “%1” and read them again?</source>
        <translation>“%1”의 권한 변경 사항을 취소하고 다시 읽으시겠습니까?</translation>
    </message>
    <message>
        <source>They have not been sent to the workspace.</source>
        <translation>작업 영역에 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>변경 취소</translation>
    </message>
    <message>
        <source>Saving the permissions… the dialog can be closed once the workspace has answered.</source>
        <translation>권한을 저장하는 중… 작업 영역이 응답하면 대화 상자를 닫을 수 있습니다.</translation>
    </message>
    <message>
        <source>Discard the changes to the permissions of “%1”?</source>
        <translation>“%1”의 권한 변경 사항을 취소하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionsLoader</name>
    <message>
        <source>Not connected.</source>
        <translation>연결되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionsModel</name>
    <message>
        <source>the workspace root</source>
        <translation>작업 영역 루트</translation>
    </message>
    <message>
        <source>all jobs</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>all clusters</source>
        <translation>모든 클러스터</translation>
    </message>
    <message>
        <source>all pipelines</source>
        <translation>모든 파이프라인</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>폴더 %1</translation>
    </message>
    <message>
        <source>repo %1</source>
        <translation>리포지토리 %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1(%2에서 상속)</translation>
    </message>
    <message>
        <source>Removed (was %1)</source>
        <translation>제거됨(이전: %1)</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1(이전: %2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the level</source>
        <translation>수준을 변경하려면 두 번 클릭하거나 F2 키를 누르세요</translation>
    </message>
    <message>
        <source>The owner changes with Transfer Ownership</source>
        <translation>소유자는 소유권 이전으로 변경합니다</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>상속됨</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineEventsModel</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>수준</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터 세트</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Update created</source>
        <translation>업데이트 생성됨</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>업데이트 진행</translation>
    </message>
    <message>
        <source>Flow progress</source>
        <translation>흐름 진행</translation>
    </message>
    <message>
        <source>Flow definition</source>
        <translation>흐름 정의</translation>
    </message>
    <message>
        <source>Dataset definition</source>
        <translation>데이터 세트 정의</translation>
    </message>
    <message>
        <source>Cluster resources</source>
        <translation>클러스터 리소스</translation>
    </message>
    <message>
        <source>User action</source>
        <translation>사용자 동작</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>유지 관리</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>메트릭</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineEventsView</name>
    <message>
        <source>Load &amp;More</source>
        <translation>더 불러오기(&amp;M)</translation>
    </message>
    <message>
        <source>Show events of level</source>
        <translation>표시할 이벤트 수준</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>모든 수준</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>오류 및 경고</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Search the loaded events</source>
        <translation>불러온 이벤트 검색</translation>
    </message>
    <message>
        <source>Search messages, events and datasets</source>
        <translation>메시지, 이벤트, 데이터 세트 검색</translation>
    </message>
    <message>
        <source>Pipeline events</source>
        <translation>파이프라인 이벤트</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>표시된 이벤트</translation>
    </message>
    <message>
        <source>Load more events</source>
        <translation>이벤트 더 불러오기</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>이벤트를 읽는 중…</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>이벤트를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No events at this level.</source>
        <translation>이 수준의 이벤트가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n loaded event(s) match.</source>
        <translation>
            <numerusform>불러온 이벤트 %n개 중 %1개가 일치합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) loaded; older ones are left to load.</source>
        <translation>
            <numerusform>이벤트 %n개를 불러왔습니다. 이전 이벤트를 더 불러올 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n event(s).</source>
        <translation>
            <numerusform>전체 이벤트 %n개.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinePane</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>워커 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 workers (autoscale)</source>
        <translation>워커 %1–%2개(자동 확장)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Files matching</source>
        <translation>일치하는 파일</translation>
    </message>
    <message>
        <source>Pipeline details</source>
        <translation>파이프라인 세부 정보</translation>
    </message>
    <message>
        <source>Pipeline settings</source>
        <translation>파이프라인 설정</translation>
    </message>
    <message>
        <source>Updates of the pipeline</source>
        <translation>파이프라인의 업데이트</translation>
    </message>
    <message>
        <source>This pipeline has not run yet.</source>
        <translation>이 파이프라인은 아직 실행되지 않았습니다.</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>업데이트(&amp;U)</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>이벤트(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>Update of %1 — %2, %3</source>
        <translation>%1 업데이트 — %2, %3</translation>
    </message>
    <message>
        <source>Pipeline ID</source>
        <translation>파이프라인 ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>생성자</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>실행 계정</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>Catalog and schema</source>
        <translation>카탈로그 및 스키마</translation>
    </message>
    <message>
        <source>Target schema</source>
        <translation>대상 스키마</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>스토리지</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>에디션</translation>
    </message>
    <message>
        <source>Photon</source>
        <translation>Photon</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>서버리스</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>소스 코드</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>구성</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineStates</name>
    <message>
        <source>Idle</source>
        <translation>유휴</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>시작 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>중지 중</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>배포 중</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>복구 중</translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation>재설정 중</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>대기열에 있음</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Waiting for resources</source>
        <translation>리소스 대기 중</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>초기화 중</translation>
    </message>
    <message>
        <source>Setting up tables</source>
        <translation>테이블 설정 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>제외됨</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>연속</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>트리거됨</translation>
    </message>
    <message>
        <source>development</source>
        <translation>개발</translation>
    </message>
    <message>
        <source>production</source>
        <translation>프로덕션</translation>
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
        <translation>시작 시간</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Validation only</source>
        <translation>유효성 검사만</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>테이블 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Full refresh</source>
        <translation>전체 새로 고침</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>모든 테이블</translation>
    </message>
    <message>
        <source>API call</source>
        <translation>API 호출</translation>
    </message>
    <message>
        <source>User action</source>
        <translation>사용자 동작</translation>
    </message>
    <message>
        <source>Job task</source>
        <translation>작업 태스크</translation>
    </message>
    <message>
        <source>Retry on failure</source>
        <translation>실패 시 재시도</translation>
    </message>
    <message>
        <source>Schema change</source>
        <translation>스키마 변경</translation>
    </message>
    <message>
        <source>Service upgrade</source>
        <translation>서비스 업그레이드</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>유지 관리</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinesActions</name>
    <message>
        <source>&amp;Start…</source>
        <translation>시작(&amp;S)…</translation>
    </message>
    <message>
        <source>Start an update: every table, a full refresh, selected tables or validation only</source>
        <translation>업데이트 시작: 모든 테이블, 전체 새로 고침, 선택한 테이블 또는 유효성 검사만</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the pipeline&apos;s active update</source>
        <translation>파이프라인의 활성 업데이트 중지</translation>
    </message>
    <message>
        <source>&amp;New Pipeline…</source>
        <translation>새 파이프라인(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a pipeline from a template in the JSON editor</source>
        <translation>JSON 편집기에서 템플릿으로 파이프라인 만들기</translation>
    </message>
    <message>
        <source>&amp;Edit Settings…</source>
        <translation>설정 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the pipeline&apos;s settings as JSON; the changes are shown before they are saved</source>
        <translation>파이프라인 설정을 JSON으로 편집합니다. 저장하기 전에 변경 사항이 표시됩니다</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the pipeline and the tables it defines</source>
        <translation>파이프라인과 파이프라인이 정의하는 테이블 삭제</translation>
    </message>
    <message>
        <source>Copy Pipeline &amp;ID</source>
        <translation>파이프라인 ID 복사(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the pipeline&apos;s id to the clipboard</source>
        <translation>파이프라인 ID를 클립보드에 복사</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>브라우저에서 열기(&amp;B)</translation>
    </message>
    <message>
        <source>Show the pipeline in the web UI</source>
        <translation>웹 UI에서 파이프라인 표시</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>List the pipelines again</source>
        <translation>파이프라인 목록 다시 불러오기</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Starting an update of “%1”…</source>
        <translation>“%1”의 업데이트를 시작하는 중…</translation>
    </message>
    <message>
        <source>Could not start “%1”</source>
        <translation>“%1”을(를) 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Started an update of “%1”.</source>
        <translation>“%1”의 업데이트를 시작했습니다.</translation>
    </message>
    <message>
        <source>Stop the running update of “%1” in %2?</source>
        <translation>%2에서 “%1”의 실행 중인 업데이트를 중지하시겠습니까?</translation>
    </message>
    <message>
        <source>Flows that are running stop where they are; tables keep what they wrote so far. The next update goes on from there.</source>
        <translation>실행 중인 흐름은 현재 위치에서 중지되며, 테이블은 지금까지 쓴 내용을 유지합니다. 다음 업데이트는 그 지점부터 계속됩니다.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stopping “%1”…</source>
        <translation>“%1”을(를) 중지하는 중…</translation>
    </message>
    <message>
        <source>Could not stop “%1”</source>
        <translation>“%1”을(를) 중지할 수 없습니다</translation>
    </message>
    <message>
        <source>Stopping “%1”; its update is being canceled.</source>
        <translation>“%1”을(를) 중지하는 중입니다. 업데이트를 취소하고 있습니다.</translation>
    </message>
    <message>
        <source>New Pipeline in %1</source>
        <translation>%1의 새 파이프라인</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Created pipeline “%1”.</source>
        <translation>파이프라인 “%1”을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>“%1” 읽는 중…</translation>
    </message>
    <message>
        <source>Could not read the pipeline</source>
        <translation>파이프라인을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Edit Pipeline “%1” in %2</source>
        <translation>%2에서 파이프라인 “%1” 편집</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>“%1” has an update running: it goes on with the settings it started with; the next update uses the new ones.</source>
        <translation>“%1”에 실행 중인 업데이트가 있습니다. 이 업데이트는 시작할 때의 설정으로 계속되며, 다음 업데이트부터 새 설정이 사용됩니다.</translation>
    </message>
    <message>
        <source>Someone changed “%1” after this editor read it, so nothing was saved. Copy your changes, close the editor and edit again to start from their version.</source>
        <translation>이 편집기가 “%1”을(를) 읽은 후 다른 사용자가 변경했으므로 아무것도 저장되지 않았습니다. 변경 사항을 복사하고 편집기를 닫은 다음 다시 편집하여 해당 버전에서 시작하세요.</translation>
    </message>
    <message>
        <source>Saved the settings of “%1”.</source>
        <translation>“%1”의 설정을 저장했습니다.</translation>
    </message>
    <message>
        <source>Delete pipeline “%1” from %2?</source>
        <translation>%2에서 파이프라인 “%1”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Its settings and update history go, an active update is stopped, and the tables it defines (materialized views, streaming tables and views) are deleted with it. This cannot be undone.</source>
        <translation>설정과 업데이트 기록이 삭제되고, 활성 업데이트는 중지되며, 파이프라인이 정의하는 테이블(구체화된 뷰, 스트리밍 테이블, 뷰)도 함께 삭제됩니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>“%1”을(를) 삭제하는 중…</translation>
    </message>
    <message>
        <source>Could not delete “%1”</source>
        <translation>“%1”을(를) 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>Deleted pipeline “%1”.</source>
        <translation>파이프라인 “%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Copied pipeline id %1.</source>
        <translation>파이프라인 ID %1을(를) 복사했습니다.</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>브라우저에서 %1을(를) 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinesBrowser</name>
    <message>
        <source>Pipelines</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>No pipelines here yet. New Pipeline creates one from a template.</source>
        <translation>아직 파이프라인이 없습니다. 새 파이프라인으로 템플릿에서 파이프라인을 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Pipeline actions</source>
        <translation>파이프라인 동작</translation>
    </message>
    <message>
        <source>Filter pipelines by name</source>
        <translation>이름으로 파이프라인 필터링</translation>
    </message>
    <message>
        <source>Could not list the pipelines: %1</source>
        <translation>파이프라인 목록을 가져올 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinesModel</name>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 전</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>정상 여부</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>비정상</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>마지막 업데이트</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>생성자</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>실행한 적 없음</translation>
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
        <translation>파이프라인</translation>
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
        <translation>권한(&amp;P):</translation>
    </message>
    <message>
        <source>Add Principal</source>
        <translation>주체 추가</translation>
    </message>
    <message>
        <source>Add principal</source>
        <translation>주체 추가</translation>
    </message>
    <message>
        <source>Search users, groups and service principals</source>
        <translation>사용자, 그룹, 서비스 주체 검색</translation>
    </message>
    <message>
        <source>Matching principals</source>
        <translation>일치하는 주체</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>검색 상태</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색하는 중…</translation>
    </message>
    <message>
        <source>Not everything could be searched: %1</source>
        <translation>일부는 검색할 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>No user, group or service principal matches.</source>
        <translation>일치하는 사용자, 그룹 또는 서비스 주체가 없습니다.</translation>
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
    <name>brickdesk::PutSecretDialog</name>
    <message>
        <source>The file has %1; a secret holds at most %2.</source>
        <translation>파일 크기는 %1입니다. 시크릿은 최대 %2까지 담을 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>표시(&amp;S)</translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation>파일에서(&amp;F)…</translation>
    </message>
    <message>
        <source>Put Secret in “%1” — %2</source>
        <translation>“%1”에 시크릿 저장 — %2</translation>
    </message>
    <message>
        <source>Replace “%1” in “%2” — %3</source>
        <translation>“%2”의 “%1” 바꾸기 — %3</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>e.g. jdbc-password</source>
        <translation>예: jdbc-password</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>시크릿 값</translation>
    </message>
    <message>
        <source>Hidden while Show is off</source>
        <translation>표시가 꺼져 있으면 숨겨짐</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>값 표시</translation>
    </message>
    <message>
        <source>Read the value from a file</source>
        <translation>파일에서 값 읽기</translation>
    </message>
    <message>
        <source>Put</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>범위:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>키(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>값(&amp;V):</translation>
    </message>
    <message>
        <source>The value has %1; a secret holds at most %2.</source>
        <translation>값 크기는 %1입니다. 시크릿은 최대 %2까지 담을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Secret Value From File</source>
        <translation>파일에서 시크릿 값 가져오기</translation>
    </message>
    <message>
        <source>Could not use %1: %2</source>
        <translation>%1을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The value is the bytes of %1 (%2).</source>
        <translation>값은 %1의 바이트입니다(%2).</translation>
    </message>
</context>
<context>
    <name>brickdesk::RepairRunDialog</name>
    <message>
        <source>Rerun &amp;all failed tasks</source>
        <translation>실패한 태스크 모두 다시 실행(&amp;A)</translation>
    </message>
    <message>
        <source>Also rerun &amp;dependent tasks</source>
        <translation>종속 태스크도 다시 실행(&amp;D)</translation>
    </message>
    <message>
        <source>Repair Run #%1 of %2</source>
        <translation>%2의 실행 #%1 복구</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <source>Repair the run</source>
        <translation>실행 복구</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Tasks to rerun</source>
        <translation>다시 실행할 태스크</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rerun all failed tasks</source>
        <translation>실패한 태스크 모두 다시 실행</translation>
    </message>
    <message>
        <source>Lets the server pick every failed task (rerun_all_failed_tasks) instead of the checked ones.</source>
        <translation>선택한 태스크 대신 서버가 실패한 태스크를 모두 고릅니다(rerun_all_failed_tasks).</translation>
    </message>
    <message>
        <source>Also rerun dependent tasks</source>
        <translation>종속 태스크도 다시 실행</translation>
    </message>
    <message>
        <source>Tasks downstream of a rerun task run again too.</source>
        <translation>다시 실행하는 태스크의 다운스트림 태스크도 다시 실행됩니다.</translation>
    </message>
    <message>
        <source>Tasks that will rerun</source>
        <translation>다시 실행될 태스크</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>A repair does not carry the run&apos;s parameters over; these are the run&apos;s and are sent again.</source>
        <translation>복구 시 실행의 매개변수가 이어지지 않습니다. 다음은 해당 실행의 매개변수이며 다시 전송됩니다.</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>복구하는 중…</translation>
    </message>
    <message>
        <source>The repair did not start: %1</source>
        <translation>복구가 시작되지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::RequestPreview</name>
    <message>
        <source>Request &amp;preview (%1)</source>
        <translation>요청 미리 보기(&amp;P)(%1)</translation>
    </message>
    <message>
        <source>Show the request that will be sent</source>
        <translation>전송될 요청 표시</translation>
    </message>
    <message>
        <source>Request body as JSON</source>
        <translation>JSON 형식의 요청 본문</translation>
    </message>
</context>
<context>
    <name>brickdesk::ResizeClusterDialog</name>
    <message>
        <source>&amp;Fixed size</source>
        <translation>고정 크기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Autoscale</source>
        <translation>자동 확장(&amp;A)</translation>
    </message>
    <message>
        <source>Resize “%1” in %2</source>
        <translation>%2에서 “%1” 크기 조정</translation>
    </message>
    <message>
        <source>Fixed size</source>
        <translation>고정 크기</translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation>자동 확장</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>워커</translation>
    </message>
    <message>
        <source> workers</source>
        <translation>개 워커</translation>
    </message>
    <message>
        <source>Fewest workers</source>
        <translation>최소 워커 수</translation>
    </message>
    <message>
        <source>Most workers</source>
        <translation>최대 워커 수</translation>
    </message>
    <message>
        <source>Workers are added or removed while “%1” runs; what runs on it goes on.</source>
        <translation>“%1”이(가) 실행되는 동안 워커가 추가되거나 제거되며, 클러스터에서 실행 중인 항목은 계속 실행됩니다.</translation>
    </message>
    <message>
        <source>“%1” is %2: the new size is saved and used when it next starts.</source>
        <translation>“%1”은(는) 현재 %2 상태입니다. 새 크기는 저장되어 다음에 시작할 때 사용됩니다.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation>크기 조정(&amp;R)</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>크기 조정</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The fewest workers cannot be more than the most workers.</source>
        <translation>최소 워커 수는 최대 워커 수보다 클 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ResourceListView</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>아직 아무것도 없습니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Could not list them: %1</source>
        <translation>목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not list them.</source>
        <translation>목록을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>필터와 일치하는 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunDurationsChart</name>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>h</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Run durations</source>
        <translation>실행 소요 시간</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>지금까지 %1</translation>
    </message>
    <message>
        <source>Run %1
Started %2
Duration %3
%4</source>
        <translation>실행 %1
시작 %2
소요 시간 %3
%4</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>아직 실행이 없습니다.</translation>
    </message>
    <message>
        <source>Run %1 on %2: %3, %4.</source>
        <translation>%2의 실행 %1: %3, %4.</translation>
    </message>
    <message>
        <source>Duration (%1)</source>
        <translation>소요 시간(%1)</translation>
    </message>
    <message>
        <source>No runs yet.
Runs of this job will show here with how long they took.</source>
        <translation>아직 실행이 없습니다.
이 작업의 실행이 소요 시간과 함께 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunNowDialog</name>
    <message>
        <source>Run Now with Different Settings — %1</source>
        <translation>다른 설정으로 지금 실행 — %1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Run the job now</source>
        <translation>지금 작업 실행</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>This job takes no parameters.</source>
        <translation>이 작업은 매개변수를 받지 않습니다.</translation>
    </message>
    <message>
        <source>An older job: parameters are passed per task type. Only values that differ from the tasks&apos; own are sent.</source>
        <translation>이전 방식의 작업: 매개변수가 태스크 유형별로 전달됩니다. 태스크 자체 값과 다른 값만 전송됩니다.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Tasks to run</source>
        <translation>실행할 태스크</translation>
    </message>
    <message>
        <source>Runs only the checked tasks; with all of them checked the whole job runs.</source>
        <translation>선택한 태스크만 실행합니다. 모두 선택하면 작업 전체가 실행됩니다.</translation>
    </message>
    <message>
        <source>&amp;Full refresh of the pipeline tasks (recompute every table from scratch)</source>
        <translation>파이프라인 태스크 전체 새로 고침(&amp;F)(모든 테이블을 처음부터 다시 계산)</translation>
    </message>
    <message>
        <source>Full refresh of the pipeline tasks</source>
        <translation>파이프라인 태스크 전체 새로 고침</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>The run did not start: %1</source>
        <translation>실행이 시작되지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunPane</name>
    <message>
        <source>Open in Browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
    <message>
        <source>Notebook result</source>
        <translation>노트북 결과</translation>
    </message>
    <message>
        <source>Error and error trace</source>
        <translation>오류 및 오류 추적</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Open the run in the browser</source>
        <translation>브라우저에서 실행 열기</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>브라우저에서 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Select a task on the timeline to see its output.</source>
        <translation>타임라인에서 태스크를 선택하면 출력을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>실행을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not read run %1: %2</source>
        <translation>실행 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>실행 %1 · %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>%1에 시작</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>소요 시간 %1</translation>
    </message>
    <message>
        <source>trigger: %1</source>
        <translation>트리거: %1</translation>
    </message>
    <message numerus="yes">
        <source>repaired %n time(s)</source>
        <translation>
            <numerusform>%n회 복구됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation>%1의 출력</translation>
    </message>
    <message>
        <source>Reading the output…</source>
        <translation>출력을 읽는 중…</translation>
    </message>
    <message>
        <source>Could not read the output: %1</source>
        <translation>출력을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The notebook result was cut off: the API returns its first 5 MB.</source>
        <translation>노트북 결과가 잘렸습니다. API는 처음 5MB만 반환합니다.</translation>
    </message>
    <message>
        <source>The logs were cut off: the API returns their last 5 MB.</source>
        <translation>로그가 잘렸습니다. API는 마지막 5MB만 반환합니다.</translation>
    </message>
    <message>
        <source>The task is still running; its output appears when it has some.</source>
        <translation>태스크가 아직 실행 중입니다. 출력이 생기면 표시됩니다.</translation>
    </message>
    <message>
        <source>This task left no output. A notebook gives a result only when it calls dbutils.notebook.exit(); the full notebook output is in the browser.</source>
        <translation>이 태스크는 출력을 남기지 않았습니다. 노트북은 dbutils.notebook.exit()를 호출할 때만 결과를 제공합니다. 전체 노트북 출력은 브라우저에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunTimelineView</name>
    <message>
        <source>Task run timeline</source>
        <translation>태스크 실행 타임라인</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>상태: %1(%2)</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>%1째 실행 중</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>소요 시간 %1</translation>
    </message>
    <message>
        <source>Setup %1, execution %2, cleanup %3</source>
        <translation>설정 %1, 실행 %2, 정리 %3</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작되지 않음</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>시도 %1</translation>
    </message>
    <message>
        <source>Task run %1</source>
        <translation>태스크 실행 %1</translation>
    </message>
    <message>
        <source>No task runs yet.</source>
        <translation>아직 태스크 실행이 없습니다.</translation>
    </message>
    <message>
        <source>%1, running</source>
        <translation>%1, 실행 중</translation>
    </message>
    <message>
        <source>Task runs: %1.</source>
        <translation>태스크 실행: %1.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>선택됨: %1.</translation>
    </message>
    <message>
        <source>%1: %2, not started.</source>
        <translation>%1: %2, 시작되지 않음.</translation>
    </message>
    <message>
        <source>%1: %2, started %3, %4.</source>
        <translation>%1: %2, %3에 시작, %4.</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunsModel</name>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작되지 않음</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>트리거</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>실행 ID</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>시작한 사용자</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>재시도</translation>
    </message>
    <message>
        <source>From another job</source>
        <translation>다른 작업에서</translation>
    </message>
    <message>
        <source>File arrival</source>
        <translation>파일 도착</translation>
    </message>
    <message>
        <source>Table update</source>
        <translation>테이블 업데이트</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>연속</translation>
    </message>
</context>
<context>
    <name>brickdesk::ScopeAclModel</name>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>서비스 주체</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>읽기</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>쓰기</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>관리</translation>
    </message>
    <message>
        <source>users (all workspace users)</source>
        <translation>users(모든 작업 영역 사용자)</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>권한</translation>
    </message>
</context>
<context>
    <name>brickdesk::ScopeAclPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>변경(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Scope permissions</source>
        <translation>범위 권한</translation>
    </message>
    <message>
        <source>Add a principal to the scope&apos;s permissions</source>
        <translation>범위 권한에 주체 추가</translation>
    </message>
    <message>
        <source>Change the selected principal&apos;s permission</source>
        <translation>선택한 주체의 권한 변경</translation>
    </message>
    <message>
        <source>Remove the selected principal&apos;s permission</source>
        <translation>선택한 주체의 권한 제거</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Could not list who may use “%1”: %2</source>
        <translation>“%1”을(를) 사용할 수 있는 사용자를 나열할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Azure Key Vault %1
%2
Its secrets are managed in Azure and cannot be put or deleted here; who may read them is set below.</source>
        <translation>Azure Key Vault %1
%2
이 범위의 시크릿은 Azure에서 관리되므로 여기에서 저장하거나 삭제할 수 없습니다. 시크릿을 읽을 수 있는 사용자는 아래에서 설정합니다.</translation>
    </message>
    <message>
        <source>Backed by Databricks.</source>
        <translation>Databricks 기반입니다.</translation>
    </message>
    <message>
        <source>Giving %1 %2 on “%3”…</source>
        <translation>%1에게 “%3”에 대한 %2 권한을 부여하는 중…</translation>
    </message>
    <message>
        <source>%1 now has %2 on “%3”.</source>
        <translation>이제 %1에게 “%3”에 대한 %2 권한이 있습니다.</translation>
    </message>
    <message>
        <source>Remove %1&apos;s access to scope “%2” in workspace “%3”?</source>
        <translation>작업 영역 “%3”의 범위 “%2”에 대한 %1의 액세스 권한을 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>Jobs and clusters that run as %1 can no longer read the scope&apos;s secrets, unless a group gives them access.</source>
        <translation>%1(으)로 실행되는 작업과 클러스터는 그룹을 통해 액세스 권한을 받지 않는 한 더 이상 이 범위의 시크릿을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Remove Access</source>
        <translation>액세스 제거</translation>
    </message>
    <message>
        <source>Removing %1 from “%2”…</source>
        <translation>“%2”에서 %1을(를) 제거하는 중…</translation>
    </message>
    <message>
        <source>%1 no longer has access to “%2”.</source>
        <translation>%1에게 더 이상 “%2”에 대한 액세스 권한이 없습니다.</translation>
    </message>
    <message>
        <source>The permission was not changed: %1</source>
        <translation>권한이 변경되지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretNames</name>
    <message>
        <source>Enter a name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>이름이 %1자입니다. 최대 %2자까지 허용됩니다.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>공백</translation>
    </message>
    <message>
        <source>The name cannot contain %1. %2</source>
        <translation>이름에 %1을(를) 포함할 수 없습니다. %2</translation>
    </message>
    <message>
        <source>Use letters, digits, “-”, “_”, “.” and “@”.</source>
        <translation>문자, 숫자, “-”, “_”, “.”, “@”를 사용하세요.</translation>
    </message>
    <message>
        <source>Use letters, digits, “-”, “_” and “.”.</source>
        <translation>문자, 숫자, “-”, “_”, “.”을 사용하세요.</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretUsageIndex</name>
    <message>
        <source>Jobs could not be read: %1</source>
        <translation>작업을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Clusters could not be read: %1</source>
        <translation>클러스터를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Pipelines could not be read: %1</source>
        <translation>파이프라인을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Secret scopes could not be read: %1</source>
        <translation>시크릿 범위를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Pipeline “%1” could not be read: %2</source>
        <translation>파이프라인 “%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Keys of scope “%1” could not be listed: %2</source>
        <translation>범위 “%1”의 키를 나열할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Looking through jobs, clusters and pipelines…</source>
        <translation>작업, 클러스터, 파이프라인을 살펴보는 중…</translation>
    </message>
    <message>
        <source>Read %1 jobs, %2 clusters and %3 of %4 pipelines…</source>
        <translation>작업 %1개, 클러스터 %2개, 파이프라인 %4개 중 %3개를 읽었습니다…</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretUsageModel</name>
    <message>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>%1 %2 (id %3)</source>
        <translation>%1 %2(ID %3)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>시크릿</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretUsagePanel</name>
    <message>
        <source>1 job</source>
        <translation>작업 1개</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>작업 %1개</translation>
    </message>
    <message>
        <source>1 cluster</source>
        <translation>클러스터 1개</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>클러스터 %1개</translation>
    </message>
    <message>
        <source>1 pipeline</source>
        <translation>파이프라인 1개</translation>
    </message>
    <message>
        <source>%1 pipelines</source>
        <translation>파이프라인 %1개</translation>
    </message>
    <message>
        <source>Not referenced by any job, cluster or pipeline</source>
        <translation>어떤 작업, 클러스터, 파이프라인에서도 참조하지 않음</translation>
    </message>
    <message>
        <source>Used by %1</source>
        <translation>%1에서 사용</translation>
    </message>
    <message>
        <source>Used by %1 and %2</source>
        <translation>%1 및 %2에서 사용</translation>
    </message>
    <message>
        <source>Used by %1, %2 and %3</source>
        <translation>%1, %2 및 %3에서 사용</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Secret usage</source>
        <translation>시크릿 사용처</translation>
    </message>
    <message>
        <source>Usage summary</source>
        <translation>사용 요약</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>읽을 수 없었던 항목</translation>
    </message>
    <message>
        <source>Refresh usage</source>
        <translation>사용처 새로 고침</translation>
    </message>
    <message>
        <source>Jobs, clusters and pipelines using the secret</source>
        <translation>시크릿을 사용하는 작업, 클러스터, 파이프라인</translation>
    </message>
    <message>
        <source>Not everything could be read, so this may be incomplete:
%1</source>
        <translation>일부를 읽을 수 없어 이 내용이 불완전할 수 있습니다:
%1</translation>
    </message>
    <message>
        <source>Looking through jobs, clusters and pipelines…</source>
        <translation>작업, 클러스터, 파이프라인을 살펴보는 중…</translation>
    </message>
    <message>
        <source>No references to keys that do not exist</source>
        <translation>존재하지 않는 키에 대한 참조 없음</translation>
    </message>
    <message>
        <source>1 reference to a key that does not exist</source>
        <translation>존재하지 않는 키에 대한 참조 1개</translation>
    </message>
    <message>
        <source>%1 references to keys that do not exist</source>
        <translation>존재하지 않는 키에 대한 참조 %1개</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretValueCopier</name>
    <message>
        <source>Copy the value of “%1” in scope “%2” to the clipboard?</source>
        <translation>범위 “%2”에 있는 “%1”의 값을 클립보드에 복사하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>Any application can read the clipboard. Brickdesk clears it again after %n second(s) if the value is still there.</source>
        <translation>
            <numerusform>모든 애플리케이션이 클립보드를 읽을 수 있습니다. 값이 클립보드에 남아 있으면 Brickdesk가 %n초 후에 다시 지웁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>값 복사</translation>
    </message>
    <message>
        <source>Reading the value of “%1”…</source>
        <translation>“%1”의 값을 읽는 중…</translation>
    </message>
    <message>
        <source>This workspace does not let secret values be read through the API (it answered BAD_REQUEST). Read it from a notebook with dbutils.secrets.get instead.</source>
        <translation>이 작업 영역은 API를 통한 시크릿 값 읽기를 허용하지 않습니다(BAD_REQUEST로 응답함). 대신 노트북에서 dbutils.secrets.get으로 읽으세요.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of “%1” as base64; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>“%1”의 값을 base64로 복사했습니다. %n초 후에 클립보드가 지워집니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of “%1”; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>“%1”의 값을 복사했습니다. %n초 후에 클립보드가 지워집니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsActions</name>
    <message>
        <source>New &amp;Scope…</source>
        <translation>새 범위(&amp;S)…</translation>
    </message>
    <message>
        <source>Create a secret scope</source>
        <translation>시크릿 범위 만들기</translation>
    </message>
    <message>
        <source>&amp;Put Secret…</source>
        <translation>시크릿 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>Put a secret in the scope</source>
        <translation>범위에 시크릿 저장</translation>
    </message>
    <message>
        <source>Delete Scope…</source>
        <translation>범위 삭제…</translation>
    </message>
    <message>
        <source>Delete the scope</source>
        <translation>범위 삭제</translation>
    </message>
    <message>
        <source>&amp;Delete Secret…</source>
        <translation>시크릿 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected secret</source>
        <translation>선택한 시크릿 삭제</translation>
    </message>
    <message>
        <source>Copy &amp;Reference</source>
        <translation>참조 복사(&amp;R)</translation>
    </message>
    <message>
        <source>Copy {{secrets/scope/key}}, as job and cluster settings name it</source>
        <translation>작업 및 클러스터 설정에서 참조하는 형식인 {{secrets/scope/key}} 복사</translation>
    </message>
    <message>
        <source>Copy &amp;Value…</source>
        <translation>값 복사(&amp;V)…</translation>
    </message>
    <message>
        <source>Put the value on the clipboard for 30 seconds</source>
        <translation>30초 동안 값을 클립보드에 넣기</translation>
    </message>
    <message>
        <source>Permissions…</source>
        <translation>권한…</translation>
    </message>
    <message>
        <source>Who may read, write or manage every scope, in one table</source>
        <translation>모든 범위의 읽기, 쓰기, 관리 권한을 하나의 표로 보기</translation>
    </message>
    <message>
        <source>Where Used…</source>
        <translation>사용처…</translation>
    </message>
    <message>
        <source>Jobs, clusters and pipelines that use secrets, and references to keys that do not exist</source>
        <translation>시크릿을 사용하는 작업, 클러스터, 파이프라인 및 존재하지 않는 키에 대한 참조</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>List the scopes and opened scopes&apos; keys again</source>
        <translation>범위와 열린 범위의 키를 다시 나열</translation>
    </message>
    <message>
        <source>Secrets of an Azure Key Vault scope are managed in Azure.</source>
        <translation>Azure Key Vault 범위의 시크릿은 Azure에서 관리됩니다.</translation>
    </message>
    <message>
        <source>Creating scope “%1”…</source>
        <translation>범위 “%1”을(를) 만드는 중…</translation>
    </message>
    <message>
        <source>Created scope “%1”.</source>
        <translation>범위 “%1”을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Could not create the scope: %1</source>
        <translation>범위를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Counting the secrets in “%1”…</source>
        <translation>“%1”의 시크릿을 세는 중…</translation>
    </message>
    <message>
        <source>Could not list the secrets of “%1”: %2</source>
        <translation>“%1”의 시크릿을 나열할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Delete the empty scope “%1” from workspace “%2”?</source>
        <translation>작업 영역 “%2”에서 빈 범위 “%1”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>Delete scope “%1” and its %n secret(s) from workspace “%2”?</source>
        <translation>
            <numerusform>작업 영역 “%2”에서 범위 “%1”과(와) 그 안의 시크릿 %n개를 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs, clusters and pipelines that read these secrets will fail. This cannot be undone.</source>
        <translation>이 시크릿을 읽는 작업, 클러스터, 파이프라인은 실패합니다. 이 작업은 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete Scope</source>
        <translation>범위 삭제</translation>
    </message>
    <message>
        <source>Deleting scope “%1”…</source>
        <translation>범위 “%1”을(를) 삭제하는 중…</translation>
    </message>
    <message>
        <source>Deleted scope “%1”.</source>
        <translation>범위 “%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Could not delete the scope: %1</source>
        <translation>범위를 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Replace the value of “%1” in scope “%2” of workspace “%3”?</source>
        <translation>작업 영역 “%3”의 범위 “%2”에 있는 “%1”의 값을 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>The key exists. Its current value is overwritten and cannot be recovered.</source>
        <translation>키가 이미 있습니다. 현재 값을 덮어쓰며 복구할 수 없습니다.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Putting “%1” in “%2”…</source>
        <translation>“%2”에 “%1”을(를) 저장하는 중…</translation>
    </message>
    <message>
        <source>Put “%1” in “%2”.</source>
        <translation>“%2”에 “%1”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>The secret was not put: %1</source>
        <translation>시크릿을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Delete secret “%1” from scope “%2” in workspace “%3”?</source>
        <translation>작업 영역 “%3”의 범위 “%2”에서 시크릿 “%1”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>No job, cluster or pipeline that Brickdesk looked at uses it. This cannot be undone.</source>
        <translation>Brickdesk가 확인한 작업, 클러스터, 파이프라인 중 이 시크릿을 사용하는 것은 없습니다. 이 작업은 취소할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>It is used by %n thing(s), which will fail when they next start: %1. This cannot be undone.</source>
        <translation>
            <numerusform>%n개 항목에서 사용 중이며, 다음에 시작할 때 실패합니다: %1. 이 작업은 취소할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Secret</source>
        <translation>시크릿 삭제</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>“%1”을(를) 삭제하는 중…</translation>
    </message>
    <message>
        <source>Deleted “%1” from “%2”.</source>
        <translation>“%2”에서 “%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>The secret was not deleted: %1</source>
        <translation>시크릿을 삭제하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1을(를) 복사했습니다</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsBrowser</name>
    <message>
        <source>Select a scope or a key</source>
        <translation>범위 또는 키를 선택하세요</translation>
    </message>
    <message>
        <source>A scope shows who may read, write or manage it; a key shows the reference to use in settings and where it is used.</source>
        <translation>범위를 선택하면 읽기, 쓰기, 관리 권한이 있는 사용자가 표시되고, 키를 선택하면 설정에 사용할 참조와 사용처가 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Secret References — %1</source>
        <translation>시크릿 참조 — %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Backend / Updated</source>
        <translation>백엔드 / 업데이트</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과 시간</translation>
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
        <translation>1일 미만</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n개월</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n년</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure Key Vault scope backed by %1 (%2).
Its secrets are managed in Azure: they cannot be put or deleted here.</source>
        <translation>%1(%2) 기반 Azure Key Vault 범위입니다.
이 범위의 시크릿은 Azure에서 관리되므로 여기에서 저장하거나 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Databricks-backed scope “%1”</source>
        <translation>Databricks 기반 범위 “%1”</translation>
    </message>
    <message>
        <source>Secret scope, %1</source>
        <translation>시크릿 범위, %1</translation>
    </message>
    <message numerus="yes">
        <source>Not updated for more than %n day(s): consider rotating it.</source>
        <translation>
            <numerusform>%n일 넘게 업데이트되지 않았습니다. 교체를 고려하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Secret, not updated for more than %n day(s)</source>
        <translation>
            <numerusform>시크릿, %n일 넘게 업데이트되지 않음</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>시크릿</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation>시크릿</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsView</name>
    <message>
        <source>Secret scopes</source>
        <translation>시크릿 범위</translation>
    </message>
    <message>
        <source>This workspace has no secret scopes yet. Create one with New Scope.</source>
        <translation>이 작업 영역에는 아직 시크릿 범위가 없습니다. 새 범위로 하나 만드세요.</translation>
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
    <name>brickdesk::StartUpdateDialog</name>
    <message>
        <source>Start Update — %1</source>
        <translation>업데이트 시작 — %1</translation>
    </message>
    <message>
        <source>Start an update of %1</source>
        <translation>%1의 업데이트 시작</translation>
    </message>
    <message>
        <source>&amp;Refresh all tables</source>
        <translation>모든 테이블 새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Process what is new in every table</source>
        <translation>모든 테이블에서 새 데이터를 처리합니다</translation>
    </message>
    <message>
        <source>&amp;Full refresh of all tables</source>
        <translation>모든 테이블 전체 새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>Empty every table and recompute it from all its sources</source>
        <translation>모든 테이블을 비우고 모든 소스에서 다시 계산합니다</translation>
    </message>
    <message>
        <source>Refresh &amp;selected tables</source>
        <translation>선택한 테이블 새로 고침(&amp;S)</translation>
    </message>
    <message>
        <source>Refresh the tables ticked below, each incrementally or in full</source>
        <translation>아래에서 선택한 테이블을 각각 증분 또는 전체로 새로 고칩니다</translation>
    </message>
    <message>
        <source>&amp;Validate only</source>
        <translation>유효성 검사만(&amp;V)</translation>
    </message>
    <message>
        <source>Check the pipeline&apos;s code and tables without writing anything</source>
        <translation>아무것도 쓰지 않고 파이프라인의 코드와 테이블을 검사합니다</translation>
    </message>
    <message>
        <source>Tables to refresh</source>
        <translation>새로 고칠 테이블</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Full refresh</source>
        <translation>전체 새로 고침</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The tables could not be read: %1</source>
        <translation>테이블을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The pipeline has not run yet, so its tables are not known: refresh all of them or validate first.</source>
        <translation>파이프라인이 아직 실행되지 않아 테이블을 알 수 없습니다. 모든 테이블을 새로 고치거나 먼저 유효성 검사를 실행하세요.</translation>
    </message>
    <message>
        <source>Reading the tables of the latest update…</source>
        <translation>최근 업데이트의 테이블을 읽는 중…</translation>
    </message>
    <message>
        <source>Refresh %1 with what is new</source>
        <translation>%1을(를) 새 데이터로 새로 고침</translation>
    </message>
    <message>
        <source>Empty %1 and recompute it</source>
        <translation>%1을(를) 비우고 다시 계산</translation>
    </message>
    <message>
        <source>The latest update defined no tables.</source>
        <translation>최근 업데이트에서 정의된 테이블이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in the latest update.</source>
        <translation>
            <numerusform>최근 업데이트의 테이블 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one table to refresh.</source>
        <translation>새로 고칠 테이블을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>A full refresh empties every table and recomputes it from all its sources: streaming tables lose data their sources no longer hold, and it takes longer.</source>
        <translation>전체 새로 고침은 모든 테이블을 비우고 모든 소스에서 다시 계산합니다. 스트리밍 테이블은 소스에 더 이상 없는 데이터를 잃게 되며, 시간도 더 오래 걸립니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) will be emptied and recomputed from their sources.</source>
        <translation>
            <numerusform>테이블 %n개를 비우고 소스에서 다시 계산합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::StatusLine</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>brickdesk::TaskGraphView</name>
    <message>
        <source>Task graph</source>
        <translation>태스크 그래프</translation>
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
        <translation>컴퓨팅: %1</translation>
    </message>
    <message>
        <source>Runs if: %1</source>
        <translation>실행 조건: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>이후: %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>상태: %1(%2)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>소요 시간: %1</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>태스크 없음.</translation>
    </message>
    <message>
        <source>Tasks: %1.</source>
        <translation>태스크: %1.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>선택됨: %1.</translation>
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
        <translation>%1, 가장 먼저 실행</translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1, %2 이후</translation>
    </message>
    <message>
        <source>%1, runs if %2</source>
        <translation>%1, 실행 조건 %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::Transfer</name>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>brickdesk::TransferModel</name>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1/%2바이트</translation>
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
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/초</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>brickdesk::TransferPanel</name>
    <message>
        <source>Transfers</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the selected transfers</source>
        <translation>선택한 전송 취소</translation>
    </message>
    <message>
        <source>Cancel All</source>
        <translation>모두 취소</translation>
    </message>
    <message>
        <source>Cancel every transfer that has not finished</source>
        <translation>완료되지 않은 모든 전송 취소</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>실패한 항목 다시 시도</translation>
    </message>
    <message>
        <source>Run the failed and cancelled transfers again</source>
        <translation>실패하거나 취소된 전송을 다시 실행</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>완료된 항목 지우기</translation>
    </message>
    <message>
        <source>Remove finished transfers from the list</source>
        <translation>목록에서 완료된 전송 제거</translation>
    </message>
    <message>
        <source>Failures Only</source>
        <translation>실패만 표시</translation>
    </message>
    <message>
        <source>Show only the transfers that failed</source>
        <translation>실패한 전송만 표시</translation>
    </message>
    <message>
        <source>Uploads, downloads, imports and exports appear here.</source>
        <translation>업로드, 다운로드, 가져오기 및 내보내기가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2개 중 %1개 완료</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n개 실행 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n개 대기 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n개 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n개 취소됨</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>brickdesk::TriggerText</name>
    <message>
        <source>Hourly at %1</source>
        <translation>매시 %1</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>매일 %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation>매월 %1일 %2</translation>
    </message>
    <message>
        <source>Monthly on the last day at %1</source>
        <translation>매월 마지막 날 %1</translation>
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
        <translation>파일 도착 시</translation>
    </message>
    <message>
        <source>On table update</source>
        <translation>테이블 업데이트 시</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>트리거됨</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>연속</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>수동</translation>
    </message>
</context>
<context>
    <name>brickdesk::UpdateTimeline</name>
    <message>
        <source>No progress recorded yet.</source>
        <translation>아직 기록된 진행 상황이 없습니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>— %1 after %2.</source>
        <translation>— %2 후 %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s),</source>
        <translation>
            <numerusform>흐름 %n개,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n개 실패.</numerusform>
        </translation>
    </message>
    <message>
        <source>none failed.</source>
        <translation>실패 없음.</translation>
    </message>
</context>
<context>
    <name>brickdesk::UpdateTimelineView</name>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>Update timeline</source>
        <translation>업데이트 타임라인</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1부터 %2까지</translation>
    </message>
    <message>
        <source>Still going after %1</source>
        <translation>%1 경과, 아직 진행 중</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>소요 시간 %1</translation>
    </message>
    <message>
        <source>The update ended: %1</source>
        <translation>업데이트 종료: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Queued at %1</source>
        <translation>%1에 대기열에 추가됨</translation>
    </message>
    <message>
        <source>Waited %1 before running</source>
        <translation>실행 전 %1 대기함</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>%1 동안 실행 중</translation>
    </message>
    <message>
        <source>Ran for %1</source>
        <translation>%1 동안 실행됨</translation>
    </message>
    <message>
        <source>Not running yet</source>
        <translation>아직 실행되지 않음</translation>
    </message>
    <message>
        <source>Did not run</source>
        <translation>실행되지 않음</translation>
    </message>
    <message>
        <source>Output rows: %1</source>
        <translation>출력 행: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Error at %1</source>
        <translation>%1에 오류 발생</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No progress recorded for this update yet.</source>
        <translation>이 업데이트에 대해 아직 기록된 진행 상황이 없습니다.</translation>
    </message>
    <message>
        <source>Phases and flows</source>
        <translation>단계 및 흐름</translation>
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
    <name>brickdesk::WorkspaceActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>List the selected folder again (F5)</source>
        <translation>선택한 폴더를 다시 나열(F5)</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>새 폴더(&amp;F)…</translation>
    </message>
    <message>
        <source>Create a folder in the selected folder (Ctrl+Shift+N)</source>
        <translation>선택한 폴더에 폴더 만들기(Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected objects from the workspace (Del)</source>
        <translation>작업 영역에서 선택한 개체 삭제(Del)</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>경로 복사(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the workspace path of the selection (Ctrl+Shift+C)</source>
        <translation>선택 항목의 작업 영역 경로 복사(Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>브라우저에서 열기(&amp;B)</translation>
    </message>
    <message>
        <source>Open the selected object in the workspace web UI</source>
        <translation>선택한 개체를 작업 영역 웹 UI에서 열기</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import files or notebooks into the selected folder (Ctrl+I)</source>
        <translation>선택한 폴더로 파일 또는 노트북 가져오기(Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected objects (Ctrl+E)</source>
        <translation>선택한 개체 내보내기(Ctrl+E)</translation>
    </message>
    <message>
        <source>Creating the folder “%1”…</source>
        <translation>폴더 “%1”을(를) 만드는 중…</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”: %2</source>
        <translation>폴더 “%1”을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>브라우저에서 %1을(를) 열 수 없습니다.</translation>
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
    <name>brickdesk::WorkspaceDeleter</name>
    <message numerus="yes">
        <source>Counting what is in “%1”… %n found</source>
        <translation>
            <numerusform>“%1”의 내용을 세는 중… %n개 찾음</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting what is in “%1”…</source>
        <translation>“%1”의 내용을 세는 중…</translation>
    </message>
    <message>
        <source>Delete the empty folder “%1” from workspace “%2”?</source>
        <translation>작업 영역 “%2”에서 빈 폴더 “%1”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n objects in it from workspace “%2”?</source>
        <translation>
            <numerusform>작업 영역 “%2”에서 폴더 “%1”과(와) 그 안의 개체 %n개를 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the notebook “%1” from workspace “%2”?</source>
        <translation>작업 영역 “%2”에서 노트북 “%1”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete the file “%1” from workspace “%2”?</source>
        <translation>작업 영역 “%2”에서 파일 “%1”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete “%1” from workspace “%2”?</source>
        <translation>작업 영역 “%2”에서 “%1”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected objects from workspace “%1”?</source>
        <translation>
            <numerusform>작업 영역 “%1”에서 선택한 개체 %n개를 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %1 selected objects and the %n objects in their folders from workspace “%2”?</source>
        <translation>
            <numerusform>작업 영역 “%2”에서 선택한 개체 %1개와 해당 폴더 안의 개체 %n개를 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>이 작업은 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>Some folders could not be listed, so there may be more objects: %1</source>
        <translation>일부 폴더를 나열할 수 없어 개체가 더 있을 수 있습니다: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n objects…</source>
        <translation>
            <numerusform>개체 %n개를 삭제하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>“%1”을(를) 삭제할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceExportTransfer</name>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Skipped: %1 already exists</source>
        <translation>건너뜀: %1이(가) 이미 있습니다</translation>
    </message>
    <message>
        <source>Waiting: %1 already exists</source>
        <translation>대기 중: %1이(가) 이미 있습니다</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>쓰는 중…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Not exported: %1 is larger than the 10 MB the workspace exports</source>
        <translation>내보내지 않음: %1이(가) 작업 영역에서 내보낼 수 있는 10MB보다 큽니다</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1이(가) 더 이상 없습니다</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>%1을(를) 내보낼 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceFolderExport</name>
    <message numerus="yes">
        <source>Listing… %n object(s)</source>
        <translation>
            <numerusform>나열하는 중… 개체 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>나열하는 중…</translation>
    </message>
    <message>
        <source>Could not list a folder: %1</source>
        <translation>폴더를 나열할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n local folder(s)…</source>
        <translation>
            <numerusform>로컬 폴더 %n개를 만드는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the local folder %1</source>
        <translation>로컬 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceImportBatch</name>
    <message numerus="yes">
        <source>Import of %n item(s)</source>
        <translation>
            <numerusform>항목 %n개 가져오기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating %n folder(s)…</source>
        <translation>
            <numerusform>폴더 %n개를 만드는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>%1을(를) 읽을 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Could not create %n folder(s): %1</source>
        <translation>
            <numerusform>폴더 %n개를 만들 수 없습니다: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceImportTransfer</name>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Notebook is %1 MB (%2 MB encoded); the workspace accepts at most 10 MB</source>
        <translation>노트북 크기가 %1MB(인코딩 시 %2MB)입니다. 작업 영역은 최대 10MB까지 허용합니다</translation>
    </message>
    <message>
        <source>Replacing %1…</source>
        <translation>%1을(를) 바꾸는 중…</translation>
    </message>
    <message>
        <source>A folder exists at %1; it cannot be replaced by a file</source>
        <translation>%1에 폴더가 있어 파일로 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Skipped: exists at %1</source>
        <translation>건너뜀: %1에 이미 있습니다</translation>
    </message>
    <message>
        <source>Waiting: %1 already exists</source>
        <translation>대기 중: %1이(가) 이미 있습니다</translation>
    </message>
    <message>
        <source>A DBC archive cannot replace %1; remove it first or import under another name</source>
        <translation>DBC 아카이브로 %1을(를) 바꿀 수 없습니다. 먼저 제거하거나 다른 이름으로 가져오세요</translation>
    </message>
    <message>
        <source>Looking for a free name…</source>
        <translation>사용 가능한 이름을 찾는 중…</translation>
    </message>
    <message>
        <source>No free name for %1</source>
        <translation>%1에 사용할 수 있는 이름이 없습니다</translation>
    </message>
    <message>
        <source>Creating folder %1…</source>
        <translation>폴더 %1을(를) 만드는 중…</translation>
    </message>
    <message>
        <source>Could not create the folder for %1: %2</source>
        <translation>%1의 폴더를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Notebook is %1 MB; the workspace accepts at most 10 MB</source>
        <translation>노트북 크기가 %1MB입니다. 작업 영역은 최대 10MB까지 허용합니다</translation>
    </message>
    <message>
        <source>No permission to write %1: %2</source>
        <translation>%1에 쓸 권한이 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceModel</name>
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
        <source>Workspace</source>
        <translation>작업 영역</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspacePane</name>
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
        <source>%1: not connected</source>
        <translation>%1: 연결되지 않음</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceTransfers</name>
    <message numerus="yes">
        <source>Importing %n item(s) into %1…</source>
        <translation>
            <numerusform>항목 %n개를 %1(으)로 가져오는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>%1을(를) %2(으)로 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n object(s) to %1…</source>
        <translation>
            <numerusform>개체 %n개를 %1(으)로 내보내는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) into %1</source>
        <translation>
            <numerusform>항목 %n개를 %1(으)로 가져왔습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n개 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see Transfers)</source>
        <translation>
            <numerusform>%n개 실패(전송 참조)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceView</name>
    <message>
        <source>Workspace</source>
        <translation>작업 영역</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>이 폴더는 비어 있습니다.</translation>
    </message>
</context>
<context>
    <name>brickdesk::emulator::EmulatorClock</name>
    <message>
        <source>Invalid time scale: %1 (expected a number greater than 0, e.g. 10, 0.5 or 1/60)</source>
        <translation>잘못된 시간 배율: %1(0보다 큰 숫자여야 함. 예: 10, 0.5, 1/60)</translation>
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
