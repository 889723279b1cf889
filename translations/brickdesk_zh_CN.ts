<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation>HTTP 错误 %1</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>意外的响应</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>请求失败</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a read is not valid.</source>
        <translation>服务器对读取请求的响应无效。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to an export is not valid.</source>
        <translation>服务器对导出的应答无效。</translation>
    </message>
</context>
<context>
    <name>ClusterRefusal</name>
    <message>
        <source>Could not start “%1”: %2</source>
        <translation>无法启动“%1”：%2</translation>
    </message>
    <message>
        <source>Could not restart “%1”: %2</source>
        <translation>无法重启“%1”：%2</translation>
    </message>
    <message>
        <source>Could not terminate “%1”: %2</source>
        <translation>无法终止“%1”：%2</translation>
    </message>
    <message>
        <source>Could not resize “%1”: %2</source>
        <translation>无法调整“%1”的大小：%2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
    <message>
        <source>Could not pin “%1”: %2</source>
        <translation>无法固定“%1”：%2</translation>
    </message>
    <message>
        <source>Could not unpin “%1”: %2</source>
        <translation>无法取消固定“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is already running.</source>
        <translation>“%1”已在运行。</translation>
    </message>
    <message>
        <source>“%1” is already starting.</source>
        <translation>“%1”已在启动中。</translation>
    </message>
    <message>
        <source>“%1” is already restarting.</source>
        <translation>“%1”已在重启中。</translation>
    </message>
    <message>
        <source>“%1” is still terminating: start it again once it has stopped.</source>
        <translation>“%1”仍在终止中：请在其停止后再启动。</translation>
    </message>
    <message>
        <source>“%1” is not running: start it instead.</source>
        <translation>“%1”未在运行：请改为启动它。</translation>
    </message>
    <message>
        <source>“%1” is still starting: there is nothing to restart yet.</source>
        <translation>“%1”仍在启动中：目前还没有可重启的内容。</translation>
    </message>
    <message>
        <source>“%1” is terminating.</source>
        <translation>“%1”正在终止。</translation>
    </message>
    <message>
        <source>“%1” is being resized: restart it once that has finished.</source>
        <translation>“%1”正在调整大小：请在调整完成后再重启。</translation>
    </message>
    <message>
        <source>“%1” can be resized only while it runs, and it is %2 now.</source>
        <translation>“%1”只能在运行时调整大小，但其当前状态为%2。</translation>
    </message>
    <message>
        <source>“%1” can be edited only while it runs or is terminated, and it is %2 now.</source>
        <translation>“%1”只能在运行或已终止时编辑，但其当前状态为%2。</translation>
    </message>
    <message>
        <source>“%1” cannot do that while it is %2.</source>
        <translation>“%1”处于%2状态时无法执行此操作。</translation>
    </message>
</context>
<context>
    <name>ConfigFileReader</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>%1 (workspace “%2”)</source>
        <translation>%1（工作区“%2”）</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm — %1</source>
        <translation>确认 — %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The workspace&apos;s certificate is not trusted: %1</source>
        <translation>工作区的证书不受信任：%1</translation>
    </message>
    <message>
        <source>The workspace did not answer in time. Check the URL, your network and the proxy settings.</source>
        <translation>工作区未及时响应。请检查 URL、网络和代理设置。</translation>
    </message>
    <message>
        <source>The host was not found. Check the workspace URL.</source>
        <translation>找不到主机。请检查工作区 URL。</translation>
    </message>
    <message>
        <source>The workspace refused the token: it is wrong, expired or revoked. Create a new one in the workspace&apos;s user settings.</source>
        <translation>工作区拒绝了该令牌：令牌错误、已过期或已被撤销。请在工作区的用户设置中创建新令牌。</translation>
    </message>
    <message>
        <source>No usable credential was sent. Enter a token or sign in.</source>
        <translation>未发送可用的凭据。请输入令牌或登录。</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>已以 %1 身份连接。</translation>
    </message>
</context>
<context>
    <name>DatabricksConfig</name>
    <message>
        <source>Line %1: “%2” is not a valid section header.</source>
        <translation>第 %1 行：“%2”不是有效的节标题。</translation>
    </message>
    <message>
        <source>Line %1 is neither a section nor a key = value pair.</source>
        <translation>第 %1 行既不是节，也不是“键 = 值”对。</translation>
    </message>
</context>
<context>
    <name>DbcArchive</name>
    <message>
        <source>Invalid notebook %1 in DBC archive.</source>
        <translation>DBC 存档中的笔记本 %1 无效。</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>MLflow experiments cannot be exported</source>
        <translation>无法导出 MLflow 实验</translation>
    </message>
    <message>
        <source>Dashboards cannot be exported here</source>
        <translation>无法在此处导出仪表板</translation>
    </message>
    <message>
        <source>Libraries cannot be exported</source>
        <translation>无法导出库</translation>
    </message>
    <message>
        <source>Objects of type %1 cannot be exported</source>
        <translation>无法导出 %1 类型的对象</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>Fault &quot;%1&quot; must look like &lt;kind&gt;:&lt;path-pattern&gt;[:key=value]...</source>
        <translation>故障“%1”的格式必须为 &lt;类型&gt;:&lt;路径模式&gt;[:键=值]...</translation>
    </message>
    <message>
        <source>Unknown fault kind &quot;%1&quot; (expected rate-limit, latency, error, drop or malformed).</source>
        <translation>未知的故障类型“%1”（应为 rate-limit、latency、error、drop 或 malformed）。</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; must look like key=value.</source>
        <translation>故障选项“%1”的格式必须为 键=值。</translation>
    </message>
    <message>
        <source>Drop mode must be abort or mid-body, not %1.</source>
        <translation>drop 模式必须为 abort 或 mid-body，而不是 %1。</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; needs a non-negative integer.</source>
        <translation>故障选项“%1”需要一个非负整数。</translation>
    </message>
    <message>
        <source>Fault option &quot;count&quot; must be at least 1.</source>
        <translation>故障选项“count”必须至少为 1。</translation>
    </message>
    <message>
        <source>Fault option &quot;status&quot; must be a 5xx status, not %1.</source>
        <translation>故障选项“status”必须为 5xx 状态，而不是 %1。</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; does not apply to %2 faults.</source>
        <translation>故障选项“%1”不适用于 %2 类型的故障。</translation>
    </message>
    <message>
        <source>Latency faults need ms=&lt;milliseconds&gt;.</source>
        <translation>延迟故障需要 ms=&lt;毫秒数&gt;。</translation>
    </message>
</context>
<context>
    <name>HostUrl</name>
    <message>
        <source>Enter the workspace URL, for example https://adb-1234567890123456.7.azuredatabricks.net.</source>
        <translation>请输入工作区 URL，例如 https://adb-1234567890123456.7.azuredatabricks.net。</translation>
    </message>
    <message>
        <source>“%1” is not a valid workspace URL.</source>
        <translation>“%1”不是有效的工作区 URL。</translation>
    </message>
    <message>
        <source>The workspace URL must start with https://.</source>
        <translation>工作区 URL 必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The workspace URL must not contain a user name or password.</source>
        <translation>工作区 URL 不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>Plain http:// is refused for %1: the token would travel unencrypted. Use https://.</source>
        <translation>%1 不接受普通 http://：令牌将以未加密方式传输。请使用 https://。</translation>
    </message>
</context>
<context>
    <name>JobParameterGroup</name>
    <message>
        <source>Job parameters</source>
        <translation>作业参数</translation>
    </message>
    <message>
        <source>Notebook parameters (notebook_params)</source>
        <translation>笔记本参数（notebook_params）</translation>
    </message>
    <message>
        <source>Python arguments (python_params)</source>
        <translation>Python 参数（python_params）</translation>
    </message>
    <message>
        <source>Python wheel named parameters (python_named_params)</source>
        <translation>Python wheel 命名参数（python_named_params）</translation>
    </message>
    <message>
        <source>JAR arguments (jar_params)</source>
        <translation>JAR 参数（jar_params）</translation>
    </message>
    <message>
        <source>spark-submit arguments (spark_submit_params)</source>
        <translation>spark-submit 参数（spark_submit_params）</translation>
    </message>
    <message>
        <source>SQL parameters (sql_params)</source>
        <translation>SQL 参数（sql_params）</translation>
    </message>
    <message>
        <source>%1: parameter %2 has no name.</source>
        <translation>%1：参数 %2 没有名称。</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice; each name may appear once.</source>
        <translation>%1：“%2”出现了两次；每个名称只能出现一次。</translation>
    </message>
    <message>
        <source>%1 would be %2 bytes of JSON; the Jobs API accepts at most %3.</source>
        <translation>%1 将是 %2 字节的 JSON；Jobs API 最多接受 %3。</translation>
    </message>
</context>
<context>
    <name>JsonChangeSummary</name>
    <message>
        <source>no changes</source>
        <translation>无更改</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>已添加：%1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>已移除：%1</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>the payload is empty; it must be a JSON object</source>
        <translation>有效负载为空；它必须是 JSON 对象</translation>
    </message>
    <message>
        <source>missing comma (or “}”) before this</source>
        <translation>此处之前缺少逗号（或“}”）</translation>
    </message>
    <message>
        <source>missing comma (or “]”) before this</source>
        <translation>此处之前缺少逗号（或“]”）</translation>
    </message>
    <message>
        <source>the payload must be a JSON object, in { }</source>
        <translation>有效负载必须是 JSON 对象，位于 { } 中</translation>
    </message>
    <message>
        <source>unterminated object: a “}” is missing</source>
        <translation>未结束的对象：缺少“}”</translation>
    </message>
    <message>
        <source>missing colon after the key</source>
        <translation>键后缺少冒号</translation>
    </message>
    <message>
        <source>unterminated list: a “]” is missing</source>
        <translation>未结束的列表：缺少“]”</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>缺少逗号</translation>
    </message>
    <message>
        <source>not a JSON value (strings need double quotes; true, false and null are lower case)</source>
        <translation>不是 JSON 值（字符串需要双引号；true、false 和 null 为小写）</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>文本在数字中间结束</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>不是有效的数字</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>字符串中有无效的转义序列</translation>
    </message>
    <message>
        <source>invalid character in a string</source>
        <translation>字符串中有无效字符</translation>
    </message>
    <message>
        <source>unterminated string: a closing “&quot;” is missing</source>
        <translation>未结束的字符串：缺少结尾的“&quot;”</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <source>the payload is too large</source>
        <translation>有效负载过大</translation>
    </message>
    <message>
        <source>unexpected text after the end of the object</source>
        <translation>对象结束后有意外的文本</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>无效的 JSON</translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <source>The schema cannot be used: %1</source>
        <translation>无法使用该架构：%1</translation>
    </message>
    <message>
        <source>The schema %1 cannot be read: %2</source>
        <translation>无法读取架构 %1：%2</translation>
    </message>
    <message>
        <source>The schema %1 is not a JSON object: %2</source>
        <translation>架构 %1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>The schema check failed: %1</source>
        <translation>架构检查失败：%1</translation>
    </message>
    <message>
        <source>unknown field `%1`; Databricks may ignore or reject it</source>
        <translation>未知字段 `%1`；Databricks 可能会忽略或拒绝它</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>an object, in { }</source>
        <translation>对象，位于 { } 中</translation>
    </message>
    <message>
        <source>a list, in [ ]</source>
        <translation>列表，位于 [ ] 中</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>其他类型</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>the payload</source>
        <translation>有效负载</translation>
    </message>
    <message>
        <source>required field `%1` is missing</source>
        <translation>缺少必填字段 `%1`</translation>
    </message>
    <message>
        <source>`%1` must be one of %2</source>
        <translation>`%1` 必须是 %2 之一</translation>
    </message>
    <message>
        <source>`%1` must be %2</source>
        <translation>`%1` 必须是 %2</translation>
    </message>
    <message>
        <source>`%1` must be at most %2</source>
        <translation>`%1` 必须不大于 %2</translation>
    </message>
    <message>
        <source>`%1` must be less than %2</source>
        <translation>`%1` 必须小于 %2</translation>
    </message>
    <message>
        <source>`%1` must be at least %2</source>
        <translation>`%1` 必须不小于 %2</translation>
    </message>
    <message>
        <source>`%1` must be more than %2</source>
        <translation>`%1` 必须大于 %2</translation>
    </message>
    <message numerus="yes">
        <source>`%1` must be at most %n character(s) long</source>
        <translation>
            <numerusform>`%1` 的长度最多为 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>`%1` must not be empty</source>
        <translation>`%1` 不能为空</translation>
    </message>
    <message numerus="yes">
        <source>`%1` must be at least %n character(s) long</source>
        <translation>
            <numerusform>`%1` 的长度至少为 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` can have at most %n item(s)</source>
        <translation>
            <numerusform>`%1` 最多可以有 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` needs at least %n item(s)</source>
        <translation>
            <numerusform>`%1` 至少需要 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` can have at most %n key(s)</source>
        <translation>
            <numerusform>`%1` 最多可以有 %n 个键</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` needs at least %n key(s)</source>
        <translation>
            <numerusform>`%1` 至少需要 %n 个键</numerusform>
        </translation>
    </message>
    <message>
        <source>`%1` does not have the expected format</source>
        <translation>`%1` 的格式不符合预期</translation>
    </message>
    <message>
        <source>`%1` has the same item more than once</source>
        <translation>`%1` 中有重复的项目</translation>
    </message>
    <message>
        <source>`%1`: %2</source>
        <translation>`%1`：%2</translation>
    </message>
</context>
<context>
    <name>JupyterCodec</name>
    <message>
        <source>Not a Jupyter notebook: %1</source>
        <translation>不是 Jupyter 笔记本：%1</translation>
    </message>
    <message>
        <source>Only nbformat 4 notebooks are supported.</source>
        <translation>仅支持 nbformat 4 笔记本。</translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <source>No Keychain Available</source>
        <translation>没有可用的密钥环</translation>
    </message>
    <message>
        <source>The secret of “%1” cannot be stored: no system keychain is available.</source>
        <translation>无法存储“%1”的凭据：没有可用的系统密钥环。</translation>
    </message>
    <message>
        <source>Brickdesk keeps secrets only in the system keychain (Secret Service), never in a file. You can use the secret for this session only; you will have to enter it again next time.</source>
        <translation>Brickdesk 仅将凭据保存在系统密钥环（Secret Service）中，从不保存到文件。您可以仅在本次会话中使用该凭据；下次需要重新输入。</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>仅用于本次会话</translation>
    </message>
</context>
<context>
    <name>LibrarySpec</name>
    <message>
        <source>The repository must be an http:// or https:// URL.</source>
        <translation>存储库必须是 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>Enter the path of the %1.</source>
        <translation>请输入 %1 路径。</translation>
    </message>
    <message>
        <source>The path must start with /Workspace/, /Volumes/, dbfs:/, s3://, abfss:// or gs://.</source>
        <translation>路径必须以 /Workspace/、/Volumes/、dbfs:/、s3://、abfss:// 或 gs:// 开头。</translation>
    </message>
    <message>
        <source>The %1 must end with %2.</source>
        <translation>%1 路径必须以 %2 结尾。</translation>
    </message>
    <message>
        <source>Enter a package name.</source>
        <translation>请输入包名称。</translation>
    </message>
    <message>
        <source>The package must not contain spaces (write pandas==2.2.2).</source>
        <translation>包中不能包含空格（请写成 pandas==2.2.2 的形式）。</translation>
    </message>
    <message>
        <source>Enter the Maven coordinates (group:artifact:version).</source>
        <translation>请输入 Maven 坐标（group:artifact:version）。</translation>
    </message>
    <message>
        <source>Maven coordinates must be group:artifact:version, for example com.databricks:spark-xml_2.12:0.18.0.</source>
        <translation>Maven 坐标的格式必须为 group:artifact:version，例如 com.databricks:spark-xml_2.12:0.18.0。</translation>
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
        <translation>requirements 文件</translation>
    </message>
    <message>
        <source>Unknown library kind.</source>
        <translation>未知的库类型。</translation>
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
        <translation>requirements 文件</translation>
    </message>
    <message>
        <source>CRAN</source>
        <translation>CRAN</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（来自 %2）</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>The proxy “%1” is not a valid address; use host:port or http://host:port.</source>
        <translation>代理“%1”不是有效的地址；请使用 host:port 或 http://host:port 格式。</translation>
    </message>
    <message>
        <source>The certificate bundle %1 cannot be read: %2</source>
        <translation>无法读取证书包 %1：%2</translation>
    </message>
    <message>
        <source>%1 contains no PEM certificate.</source>
        <translation>%1 不包含 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>NotebookRenderer</name>
    <message>
        <source>Cell %1</source>
        <translation>单元格 %1</translation>
    </message>
    <message>
        <source>This notebook has no cells.</source>
        <translation>此笔记本没有单元格。</translation>
    </message>
</context>
<context>
    <name>OAuthTokenClient</name>
    <message>
        <source>This workspace does not offer OAuth sign-in (%1).</source>
        <translation>此工作区不提供 OAuth 登录（%1）。</translation>
    </message>
    <message>
        <source>The workspace&apos;s OAuth discovery document is incomplete.</source>
        <translation>工作区的 OAuth 发现文档不完整。</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>令牌端点的响应中没有访问令牌。</translation>
    </message>
</context>
<context>
    <name>OidcApi</name>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>The application is not registered with this workspace.</source>
        <translation>该应用程序未在此工作区中注册。</translation>
    </message>
    <message>
        <source>The redirect URL is not allowed for this application.</source>
        <translation>此应用程序不允许使用该重定向 URL。</translation>
    </message>
</context>
<context>
    <name>PayloadChecker</name>
    <message>
        <source>`%1` is read-only; keep it as %2</source>
        <translation>`%1` 为只读；请保持为 %2</translation>
    </message>
    <message>
        <source>`%1` is read-only and cannot be set here</source>
        <translation>`%1` 为只读，无法在此设置</translation>
    </message>
</context>
<context>
    <name>PayloadKinds</name>
    <message>
        <source>Notebook on a job cluster</source>
        <translation>作业集群上的笔记本</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Python 脚本</translation>
    </message>
    <message>
        <source>Multi-task DAG</source>
        <translation>多任务 DAG</translation>
    </message>
    <message>
        <source>SQL task on a warehouse</source>
        <translation>仓库上的 SQL 任务</translation>
    </message>
    <message>
        <source>Pipeline refresh</source>
        <translation>管道刷新</translation>
    </message>
    <message>
        <source>For each</source>
        <translation>For each</translation>
    </message>
    <message>
        <source>Single node</source>
        <translation>单节点</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>自动缩放</translation>
    </message>
    <message>
        <source>Fixed size</source>
        <translation>固定大小</translation>
    </message>
    <message>
        <source>Serverless, triggered</source>
        <translation>无服务器，已触发</translation>
    </message>
    <message>
        <source>Classic compute, autoscaling</source>
        <translation>经典计算，自动缩放</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>连续</translation>
    </message>
</context>
<context>
    <name>ProfileSources</name>
    <message>
        <source>No token or client credentials are set.</source>
        <translation>未设置令牌或客户端凭据。</translation>
    </message>
    <message>
        <source>The authentication type “%1” is not supported yet.</source>
        <translation>尚不支持身份验证类型“%1”。</translation>
    </message>
    <message>
        <source>DATABRICKS_CONFIG_PROFILE names “%1”, which is not in %2.</source>
        <translation>DATABRICKS_CONFIG_PROFILE 指定的“%1”不在 %2 中。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
</context>
<context>
    <name>RepairPlan</name>
    <message>
        <source>Nothing will rerun.</source>
        <translation>不会重新运行任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Will rerun: %1 (%n tasks)</source>
        <translation>
            <numerusform>将重新运行：%1（%n 个任务）</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 is still running; repair it once it has ended.</source>
        <translation>运行 %1 仍在进行中；请在其结束后再修复。</translation>
    </message>
    <message>
        <source>No task of run %1 failed; check the tasks to rerun.</source>
        <translation>运行 %1 中没有失败的任务；请勾选要重新运行的任务。</translation>
    </message>
    <message>
        <source>Check at least one task to rerun.</source>
        <translation>请至少勾选一个要重新运行的任务。</translation>
    </message>
</context>
<context>
    <name>RunDurations</name>
    <message>
        <source>No runs yet.</source>
        <translation>尚无运行。</translation>
    </message>
    <message>
        <source>Median of the last %1: %2.</source>
        <translation>最近 %1 次的中位数：%2。</translation>
    </message>
    <message>
        <source>%1% slower than the %2 before (%3).</source>
        <translation>比之前的 %2 次（%3）慢 %1%。</translation>
    </message>
    <message>
        <source>%1% faster than the %2 before (%3).</source>
        <translation>比之前的 %2 次（%3）快 %1%。</translation>
    </message>
    <message>
        <source>The same as the %1 before.</source>
        <translation>与之前的 %1 次相同。</translation>
    </message>
    <message>
        <source>Failed: %1 of the last %2.</source>
        <translation>失败：最近 %2 次中有 %1 次。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>RunNowRequest</name>
    <message>
        <source>The job has no job_id.</source>
        <translation>该作业没有 job_id。</translation>
    </message>
    <message>
        <source>Check at least one task to run.</source>
        <translation>请至少勾选一个要运行的任务。</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>正在终止</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <source>Waiting for retry</source>
        <translation>等待重试</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Succeeded with failures</source>
        <translation>成功但有失败</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Upstream failed</source>
        <translation>上游失败</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>TaskGraph</name>
    <message>
        <source>Query %1</source>
        <translation>查询 %1</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>仪表板 %1</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>警报 %1</translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>仓库 %1</translation>
    </message>
    <message>
        <source>Job cluster %1</source>
        <translation>作业集群 %1</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>集群 %1</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>新集群</translation>
    </message>
    <message>
        <source>Serverless (%1)</source>
        <translation>无服务器（%1）</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>无服务器</translation>
    </message>
    <message>
        <source>%1 (full refresh)</source>
        <translation>%1（完全刷新）</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <source>for each over %1</source>
        <translation>对 %1 执行 for each</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A task without a task_key is left out.</source>
        <translation>没有 task_key 的任务将被省略。</translation>
    </message>
    <message>
        <source>Task key %1 appears twice; the second is left out.</source>
        <translation>任务键 %1 出现了两次；第二个将被省略。</translation>
    </message>
    <message>
        <source>Task %1 depends on %2, which is not in the job; that dependency is not drawn.</source>
        <translation>任务 %1 依赖于 %2，但后者不在该作业中；不绘制该依赖关系。</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>（无键）</translation>
    </message>
    <message>
        <source>The dependency of %1 on %2 closes a cycle and is not drawn.</source>
        <translation>%1 对 %2 的依赖关系会形成循环，因此不绘制。</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Python 脚本</translation>
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
        <translation>管道</translation>
    </message>
    <message>
        <source>Run job</source>
        <translation>运行作业</translation>
    </message>
    <message>
        <source>For each</source>
        <translation>For each</translation>
    </message>
    <message>
        <source>If/else condition</source>
        <translation>If/else 条件</translation>
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
        <translation>任务</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>None failed</source>
        <translation>无失败</translation>
    </message>
    <message>
        <source>At least one succeeded</source>
        <translation>至少一个成功</translation>
    </message>
    <message>
        <source>All failed</source>
        <translation>全部失败</translation>
    </message>
    <message>
        <source>At least one failed</source>
        <translation>至少一个失败</translation>
    </message>
</context>
<context>
    <name>TriggerText</name>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>每 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>每 %n 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) at %1</source>
        <translation>
            <numerusform>每 %n 小时，于 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>Not a ZIP archive.</source>
        <translation>不是 ZIP 存档。</translation>
    </message>
    <message>
        <source>Corrupt ZIP central directory.</source>
        <translation>ZIP 中央目录已损坏。</translation>
    </message>
    <message>
        <source>Corrupt ZIP entry header.</source>
        <translation>ZIP 条目头已损坏。</translation>
    </message>
    <message>
        <source>Truncated ZIP entry.</source>
        <translation>ZIP 条目被截断。</translation>
    </message>
    <message>
        <source>Corrupt deflated ZIP entry.</source>
        <translation>使用 Deflate 压缩的 ZIP 条目已损坏。</translation>
    </message>
    <message>
        <source>Unsupported ZIP compression method.</source>
        <translation>不支持的 ZIP 压缩方法。</translation>
    </message>
    <message>
        <source>ZIP entry checksum mismatch.</source>
        <translation>ZIP 条目校验和不匹配。</translation>
    </message>
</context>
<context>
    <name>brickdesk</name>
    <message>
        <source>Sundays</source>
        <translation>每周日</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>每周一</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>每周二</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>每周三</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>每周四</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>每周五</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>每周六</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Every %1 %2</source>
        <translation>每 %1 %2</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1（已暂停）</translation>
    </message>
</context>
<context>
    <name>brickdesk-emulator</name>
    <message>
        <source>Serves an in-memory Databricks workspace on 127.0.0.1.</source>
        <translation>在 127.0.0.1 上提供内存中的 Databricks 工作区。</translation>
    </message>
    <message>
        <source>TCP port (0 picks a free one).</source>
        <translation>TCP 端口（0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>The personal access token to accept.</source>
        <translation>要接受的个人访问令牌。</translation>
    </message>
    <message>
        <source>Initial content: demo or empty.</source>
        <translation>初始内容：demo 或 empty。</translation>
    </message>
    <message>
        <source>Inject a fault, e.g. rate-limit:/api/2.0/workspace/*:retry-after=2:count=3 (kinds: rate-limit, latency, error, drop, malformed). Repeatable.</source>
        <translation>注入故障，例如 rate-limit:/api/2.0/workspace/*:retry-after=2:count=3（类型：rate-limit、latency、error、drop、malformed）。可重复指定。</translation>
    </message>
    <message>
        <source>Lifetime of issued OAuth access tokens (default 3600).</source>
        <translation>签发的 OAuth 访问令牌的有效期（默认值：3600）。</translation>
    </message>
    <message>
        <source>Accept an OAuth M2M client, e.g. my-client-id:my-secret. Repeatable.</source>
        <translation>接受 OAuth M2M 客户端，例如 my-client-id:my-secret。可重复指定。</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>无效的端口：%1</translation>
    </message>
    <message>
        <source>--token is required.</source>
        <translation>必须指定 --token。</translation>
    </message>
    <message>
        <source>Unknown seed: %1 (expected demo or empty)</source>
        <translation>未知的初始内容：%1（应为 demo 或 empty）</translation>
    </message>
    <message>
        <source>Invalid token lifetime: %1</source>
        <translation>无效的令牌有效期：%1</translation>
    </message>
    <message>
        <source>--service-principal expects ID:SECRET</source>
        <translation>--service-principal 需要 ID:SECRET 格式</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1</source>
        <translation>无法在 127.0.0.1:%1 上监听</translation>
    </message>
    <message>
        <source>Brickdesk emulator listening on %1</source>
        <translation>Brickdesk 模拟器正在监听 %1</translation>
    </message>
    <message>
        <source>Files one recursive DBFS delete removes before answering 503 PARTIAL_DELETE (default 100000).</source>
        <translation>一次递归 DBFS 删除在返回 503 PARTIAL_DELETE 之前删除的文件数（默认值：100000）。</translation>
    </message>
    <message>
        <source>Invalid DBFS partial-delete limit: %1</source>
        <translation>无效的 DBFS 部分删除限制：%1</translation>
    </message>
    <message>
        <source>Run emulated processes (clusters starting, job runs, pipeline updates) N times faster than real time; fractions such as 0.5 slow them down (default 1).</source>
        <translation>以实际时间的 N 倍速度运行模拟的过程（集群启动、作业运行、管道更新）；0.5 等小数会使其变慢（默认值：1）。</translation>
    </message>
    <message>
        <source>Answer secrets/get with 400 BAD_REQUEST, as the service does for a user outside a notebook.</source>
        <translation>对 secrets/get 返回 400 BAD_REQUEST，与服务对笔记本之外的用户的处理方式相同。</translation>
    </message>
</context>
<context>
    <name>brickdesk::AboutDialog</name>
    <message>
        <source>About Brickdesk</source>
        <translation>关于 Brickdesk</translation>
    </message>
    <message>
        <source>Brickdesk</source>
        <translation>Brickdesk</translation>
    </message>
    <message>
        <source>Version %1 · Qt %2 (built with %3)</source>
        <translation>版本 %1 · Qt %2（使用 %3 构建）</translation>
    </message>
    <message>
        <source>A native desktop console for administering Databricks workspaces: the workspace tree, jobs, clusters, DBFS, secrets and pipelines, through the public REST API.</source>
        <translation>用于管理 Databricks 工作区的原生桌面控制台：通过公开的 REST API 管理工作区树、作业、集群、DBFS、密钥和管道。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0. Databricks is a trademark of Databricks, Inc.; Brickdesk is not affiliated with it.</source>
        <translation>根据 Apache License 2.0 版授权。Databricks 是 Databricks, Inc. 的商标；Brickdesk 与其不存在关联。</translation>
    </message>
</context>
<context>
    <name>brickdesk::AclLevelDelegate</name>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>brickdesk::AclMatrixDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 on “%2” (%3)</source>
        <translation>“%2”中的 %1（%3）</translation>
    </message>
    <message>
        <source>Add Principal…</source>
        <translation>添加主体…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Secret Scope Permissions — %1</source>
        <translation>密钥范围权限 — %1</translation>
    </message>
    <message>
        <source>Secret scope permissions of %1</source>
        <translation>%1 的密钥范围权限</translation>
    </message>
    <message>
        <source>Permissions by principal and scope</source>
        <translation>按主体和范围列出的权限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add principal</source>
        <translation>添加主体</translation>
    </message>
    <message>
        <source>The secret scopes could not be listed: %1</source>
        <translation>无法列出密钥范围：%1</translation>
    </message>
    <message>
        <source>Reading the permissions of every scope…</source>
        <translation>正在读取所有范围的权限…</translation>
    </message>
    <message>
        <source>Read the permissions of 1 scope.</source>
        <translation>已读取 1 个范围的权限。</translation>
    </message>
    <message>
        <source>Read the permissions of %1 scopes.</source>
        <translation>已读取 %1 个范围的权限。</translation>
    </message>
    <message>
        <source>1 scope cannot be read: its permissions need Manage.</source>
        <translation>无法读取 1 个范围：查看其权限需要“管理”权限。</translation>
    </message>
    <message>
        <source>%1 scopes cannot be read: their permissions need Manage.</source>
        <translation>无法读取 %1 个范围：查看其权限需要“管理”权限。</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>已放弃更改。</translation>
    </message>
    <message>
        <source>Writing %1 of %2…</source>
        <translation>正在写入第 %1 项，共 %2 项…</translation>
    </message>
    <message>
        <source>Every change was written.</source>
        <translation>已写入所有更改。</translation>
    </message>
    <message>
        <source>1 change failed: %1</source>
        <translation>1 项更改失败：%1</translation>
    </message>
    <message>
        <source>%1 changes failed: %2</source>
        <translation>%1 项更改失败：%2</translation>
    </message>
    <message>
        <source>They have not been written to the workspace.</source>
        <translation>这些更改尚未写入工作区。</translation>
    </message>
    <message>
        <source>Discard 1 permission change in “%1” and read every scope again?</source>
        <translation>要放弃“%1”中的 1 项权限更改并重新读取所有范围吗？</translation>
    </message>
    <message>
        <source>Discard %1 permission changes in “%2” and read every scope again?</source>
        <translation>要放弃“%2”中的 %1 项权限更改并重新读取所有范围吗？</translation>
    </message>
    <message>
        <source>Discard 1 permission change in “%1”?</source>
        <translation>要放弃“%1”中的 1 项权限更改吗？</translation>
    </message>
    <message>
        <source>Discard %1 permission changes in “%2”?</source>
        <translation>要放弃“%2”中的 %1 项权限更改吗？</translation>
    </message>
</context>
<context>
    <name>brickdesk::AclMatrixModel</name>
    <message>
        <source>The permissions on “%1” cannot be read: %2</source>
        <translation>无法读取“%1”的权限：%2</translation>
    </message>
    <message>
        <source>%1 has no permission on “%2”</source>
        <translation>%1 对“%2”没有权限</translation>
    </message>
    <message>
        <source>%1: %2 on “%3”</source>
        <translation>%1：对“%3”拥有%2权限</translation>
    </message>
    <message>
        <source>pending (now: %1)</source>
        <translation>待应用（当前：%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Writing it failed: %1</source>
        <translation>写入失败：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (unreadable)</source>
        <translation>%1（无法读取）</translation>
    </message>
    <message>
        <source>The permissions on “%1” cannot be read, so they cannot be changed here: %2</source>
        <translation>无法读取“%1”的权限，因此无法在此处更改：%2</translation>
    </message>
    <message>
        <source>Reading the permissions on “%1”…</source>
        <translation>正在读取“%1”的权限…</translation>
    </message>
    <message>
        <source>“%1”: an Azure Key Vault backed scope</source>
        <translation>“%1”：由 Azure Key Vault 支持的范围</translation>
    </message>
    <message>
        <source>“%1”: a Databricks scope</source>
        <translation>“%1”：Databricks 范围</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
</context>
<context>
    <name>brickdesk::ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove all calls from the list</source>
        <translation>从列表中移除所有调用</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>调用：%1</translation>
    </message>
    <message>
        <source> · in flight: %1</source>
        <translation> · 进行中：%1</translation>
    </message>
    <message>
        <source> · failed: %1</source>
        <translation> · 失败：%1</translation>
    </message>
</context>
<context>
    <name>brickdesk::ApiCall</name>
    <message>
        <source> — certificate for “%1”, issued by “%2”, valid %3 to %4, SHA-256 %5</source>
        <translation> — “%1”的证书，颁发者“%2”，有效期 %3 至 %4，SHA-256 %5</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of API data. A proxy, a private-link rule or a sign-in page may be in the way.</source>
        <translation>服务器返回了网页而不是 API 数据。可能有代理、Private Link 规则或登录页面拦截了请求。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at offset %2).</source>
        <translation>服务器的响应不是有效的 JSON（偏移量 %2 处：%1）。</translation>
    </message>
    <message numerus="yes">
        <source>No data was received for %n second(s).</source>
        <translation>
            <numerusform>%n 秒内未收到任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the workspace URL and your network connection.</source>
        <translation>找不到主机 %1。请检查工作区 URL 和网络连接。</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 拒绝了连接。</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>服务器在响应之前关闭了连接。</translation>
    </message>
    <message>
        <source>Signing in to the workspace failed.</source>
        <translation>登录工作区失败。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The request was cancelled because its view was closed.</source>
        <translation>由于相关视图已关闭，请求已取消。</translation>
    </message>
    <message>
        <source>The local file to send could not be read.</source>
        <translation>无法读取要发送的本地文件。</translation>
    </message>
</context>
<context>
    <name>brickdesk::AreaActions</name>
    <message>
        <source>Per&amp;missions…</source>
        <translation>权限(&amp;M)…</translation>
    </message>
    <message>
        <source>See who may use the selection and change it; several objects get one grant</source>
        <translation>查看谁可以使用所选项并进行更改；选择多个对象时将统一授予同一项权限</translation>
    </message>
</context>
<context>
    <name>brickdesk::AreaPage</name>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
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
        <translation>密钥</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>管道</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterCatalog</name>
    <message numerus="yes">
        <source>%n cores, %1 GB</source>
        <translation>
            <numerusform>%n 核，%1 GB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n GPUs</source>
        <translation>
            <numerusform>，%n 个 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterEventsModel</name>
    <message>
        <source>By %1</source>
        <translation>操作者：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n 个工作节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>自动缩放</translation>
    </message>
    <message>
        <source>User request</source>
        <translation>用户请求</translation>
    </message>
    <message>
        <source>Automatic recovery</source>
        <translation>自动恢复</translation>
    </message>
    <message>
        <source>Replacing bad nodes</source>
        <translation>替换故障节点</translation>
    </message>
    <message>
        <source>Init script failed: %1</source>
        <translation>初始化脚本失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n init script(s) succeeded</source>
        <translation>
            <numerusform>%n 个初始化脚本成功</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding nodes failed</source>
        <translation>添加节点失败</translation>
    </message>
    <message>
        <source>Automatic update</source>
        <translation>自动更新</translation>
    </message>
    <message>
        <source>Autoscaling backed off</source>
        <translation>自动缩放退避</translation>
    </message>
    <message>
        <source>Autoscaling failed</source>
        <translation>自动缩放失败</translation>
    </message>
    <message>
        <source>Autoscaling report</source>
        <translation>自动缩放报告</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>正在创建</translation>
    </message>
    <message>
        <source>DBFS down</source>
        <translation>DBFS 不可用</translation>
    </message>
    <message>
        <source>Disk not expanded</source>
        <translation>磁盘未扩展</translation>
    </message>
    <message>
        <source>Driver healthy</source>
        <translation>驱动程序正常</translation>
    </message>
    <message>
        <source>Driver not responding</source>
        <translation>驱动程序无响应</translation>
    </message>
    <message>
        <source>Driver unavailable</source>
        <translation>驱动程序不可用</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Disk expanded</source>
        <translation>磁盘已扩展</translation>
    </message>
    <message>
        <source>Disk expansion failed</source>
        <translation>磁盘扩展失败</translation>
    </message>
    <message>
        <source>Init scripts finished</source>
        <translation>初始化脚本已完成</translation>
    </message>
    <message>
        <source>Init scripts started</source>
        <translation>初始化脚本已开始</translation>
    </message>
    <message>
        <source>Metastore down</source>
        <translation>元存储不可用</translation>
    </message>
    <message>
        <source>Nodes lost</source>
        <translation>节点丢失</translation>
    </message>
    <message>
        <source>Node excluded</source>
        <translation>节点已排除</translation>
    </message>
    <message>
        <source>Node decommissioned</source>
        <translation>节点已停用</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <source>Resized</source>
        <translation>已调整大小</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>正在重启</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Spark exception</source>
        <translation>Spark 异常</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>正在终止</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Unpinned</source>
        <translation>已取消固定</translation>
    </message>
    <message>
        <source>Upsize completed</source>
        <translation>扩容完成</translation>
    </message>
    <message>
        <source>Inactivity</source>
        <translation>无活动</translation>
    </message>
    <message>
        <source>Inactivity (idle for %1 minutes)</source>
        <translation>无活动（空闲 %1 分钟）</translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation>作业已完成</translation>
    </message>
    <message>
        <source>Init script failure</source>
        <translation>初始化脚本失败</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（操作者：%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>From %1 to %2 workers</source>
        <translation>从 %1 个工作节点调整为 %2 个</translation>
    </message>
    <message>
        <source>%1 of %2 workers</source>
        <translation>%1/%2 个工作节点</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>已更改：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterPane</name>
    <message>
        <source>All events</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>调整大小</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Init scripts</source>
        <translation>初始化脚本</translation>
    </message>
    <message>
        <source>Driver health</source>
        <translation>驱动程序运行状况</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>工作区文件</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
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
        <translation>本地文件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Single user</source>
        <translation>单用户</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>No isolation shared</source>
        <translation>无隔离共享</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>专用</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Table ACL (legacy)</source>
        <translation>表 ACL（旧版）</translation>
    </message>
    <message>
        <source>Credential passthrough (legacy)</source>
        <translation>凭据直通（旧版）</translation>
    </message>
    <message>
        <source>Single user with passthrough (legacy)</source>
        <translation>带直通的单用户（旧版）</translation>
    </message>
    <message>
        <source>Single user, standard (legacy)</source>
        <translation>单用户，标准（旧版）</translation>
    </message>
    <message>
        <source>Load More Events</source>
        <translation>加载更多事件</translation>
    </message>
    <message>
        <source>&amp;Install Library…</source>
        <translation>安装库(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Uninstall Library</source>
        <translation>卸载库(&amp;U)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>集群名称</translation>
    </message>
    <message>
        <source>Cluster state and id</source>
        <translation>集群状态和 ID</translation>
    </message>
    <message>
        <source>Cluster details</source>
        <translation>集群详细信息</translation>
    </message>
    <message>
        <source>Cluster configuration</source>
        <translation>集群配置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Show events of kind</source>
        <translation>要显示的事件类型</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Cluster events</source>
        <translation>集群事件</translation>
    </message>
    <message>
        <source>Load more events</source>
        <translation>加载更多事件</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <source>Install a library on this cluster</source>
        <translation>在此集群上安装库</translation>
    </message>
    <message>
        <source>Uninstall the selected library when the cluster restarts</source>
        <translation>在集群重启时卸载所选库</translation>
    </message>
    <message>
        <source>Install library</source>
        <translation>安装库</translation>
    </message>
    <message>
        <source>Uninstall library</source>
        <translation>卸载库</translation>
    </message>
    <message>
        <source>Cluster libraries</source>
        <translation>集群库</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Could not read the events of “%1”: %2</source>
        <translation>无法读取“%1”的事件：%2</translation>
    </message>
    <message>
        <source>No libraries are installed on this cluster.</source>
        <translation>此集群上未安装任何库。</translation>
    </message>
    <message>
        <source>Could not read the libraries: %1</source>
        <translation>无法读取库：%1</translation>
    </message>
    <message>
        <source>Could not read the libraries of “%1”: %2</source>
        <translation>无法读取“%1”的库：%2</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>未选择集群</translation>
    </message>
    <message>
        <source>Select a cluster to see its configuration, events, workers and libraries.</source>
        <translation>选择一个集群以查看其配置、事件、工作节点和库。</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>创建者：%1</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Instance pool</source>
        <translation>实例池</translation>
    </message>
    <message>
        <source>Driver type</source>
        <translation>驱动程序类型</translation>
    </message>
    <message>
        <source>Worker type</source>
        <translation>工作节点类型</translation>
    </message>
    <message>
        <source>Autoscaling from %1 to %2 workers</source>
        <translation>在 %1 到 %2 个工作节点之间自动缩放</translation>
    </message>
    <message>
        <source>None (single node)</source>
        <translation>无（单节点）</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n 个工作节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminates</source>
        <translation>自动终止</translation>
    </message>
    <message>
        <source>After %1 minutes idle</source>
        <translation>空闲 %1 分钟后</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>访问模式</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Runtime engine</source>
        <translation>运行时引擎</translation>
    </message>
    <message>
        <source>Photon</source>
        <translation>Photon</translation>
    </message>
    <message>
        <source>Spark configuration</source>
        <translation>Spark 配置</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Custom tags</source>
        <translation>自定义标签</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s)</source>
        <translation>
            <numerusform>%n 个脚本</numerusform>
        </translation>
    </message>
    <message>
        <source>Log delivery</source>
        <translation>日志传送</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>创建来源</translation>
    </message>
    <message>
        <source>UI</source>
        <translation>UI</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>正在读取事件…</translation>
    </message>
    <message>
        <source>Could not read the events: %1</source>
        <translation>无法读取事件：%1</translation>
    </message>
    <message>
        <source>No events of this kind.</source>
        <translation>没有此类型的事件。</translation>
    </message>
    <message>
        <source>Installing %1 on “%2”…</source>
        <translation>正在“%2”上安装 %1…</translation>
    </message>
    <message>
        <source>Uninstall %1 from “%2” in %3?</source>
        <translation>要从 %3 中的“%2”卸载 %1 吗？</translation>
    </message>
    <message>
        <source>It takes effect when the cluster restarts: until then the library stays installed and is listed as “Uninstall on restart”.</source>
        <translation>此操作在集群重启时生效：在此之前，该库仍保持安装状态，并显示为“重启时卸载”。</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>卸载</translation>
    </message>
    <message>
        <source>Could not uninstall %1 from “%2”: %3</source>
        <translation>无法从“%2”卸载 %1：%3</translation>
    </message>
    <message>
        <source>%1 will be uninstalled from “%2” when it restarts.</source>
        <translation>%1 将在“%2”重启时被卸载。</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterSpecPickers</name>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Writes the runtime&apos;s key into spark_version</source>
        <translation>将运行时的键写入 spark_version</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>节点类型</translation>
    </message>
    <message>
        <source>Writes the node type into node_type_id</source>
        <translation>将节点类型写入 node_type_id</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>运行时(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Node type:</source>
        <translation>节点类型(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose a runtime…</source>
        <translation>选择运行时…</translation>
    </message>
    <message>
        <source>Loading runtimes…</source>
        <translation>正在加载运行时…</translation>
    </message>
    <message>
        <source>Choose a node type…</source>
        <translation>选择节点类型…</translation>
    </message>
    <message>
        <source>Loading node types…</source>
        <translation>正在加载节点类型…</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterWorkersChart</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Workers over time</source>
        <translation>工作节点数随时间的变化</translation>
    </message>
    <message>
        <source>No sizing events yet.
The number of workers shows here once the cluster has started or resized.</source>
        <translation>尚无调整大小事件。
集群启动或调整大小后，工作节点数将显示在此处。</translation>
    </message>
    <message>
        <source>No sizing events yet.</source>
        <translation>尚无调整大小事件。</translation>
    </message>
    <message>
        <source>%1 workers throughout the last %2; now %3</source>
        <translation>最近 %2 内始终为 %1 个工作节点；当前为 %3 个</translation>
    </message>
    <message>
        <source>Between %1 and %2 workers over the last %3; now %4</source>
        <translation>最近 %3 内为 %1 到 %2 个工作节点；当前为 %4 个</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作节点</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersActions</name>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>新建集群(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a cluster from a template in the JSON editor</source>
        <translation>在 JSON 编辑器中从模板创建集群</translation>
    </message>
    <message>
        <source>&amp;Edit Cluster…</source>
        <translation>编辑集群(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the cluster&apos;s configuration as JSON; the changes are shown before they are saved</source>
        <translation>以 JSON 编辑集群配置；保存前会显示更改</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Start the terminated cluster with its configuration</source>
        <translation>使用其配置启动已终止的集群</translation>
    </message>
    <message>
        <source>Res&amp;tart…</source>
        <translation>重启(&amp;T)…</translation>
    </message>
    <message>
        <source>Restart the running cluster</source>
        <translation>重启正在运行的集群</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>终止(&amp;T)…</translation>
    </message>
    <message>
        <source>Stop the cluster; its configuration is kept</source>
        <translation>停止集群；其配置将保留</translation>
    </message>
    <message>
        <source>Resi&amp;ze…</source>
        <translation>调整大小(&amp;Z)…</translation>
    </message>
    <message>
        <source>Change the number of workers or the autoscale range</source>
        <translation>更改工作节点数或自动缩放范围</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>固定(&amp;P)</translation>
    </message>
    <message>
        <source>Keep the cluster in the list after it has been terminated for 30 days</source>
        <translation>集群终止 30 天后仍将其保留在列表中</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>永久删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Terminate the cluster and remove it with its configuration</source>
        <translation>终止集群并将其连同配置一起移除</translation>
    </message>
    <message>
        <source>Copy Cluster &amp;ID</source>
        <translation>复制集群 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the cluster&apos;s id to the clipboard</source>
        <translation>将集群 ID 复制到剪贴板</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
    <message>
        <source>Show the cluster in the web UI</source>
        <translation>在 Web UI 中显示集群</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>List the clusters again</source>
        <translation>重新列出集群</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>取消固定(&amp;P)</translation>
    </message>
    <message>
        <source>Let the cluster leave the list 30 days after it terminates</source>
        <translation>允许集群在终止 30 天后从列表中消失</translation>
    </message>
    <message>
        <source>A job cluster starts with its job run; it cannot be started on its own</source>
        <translation>作业集群随其作业运行启动；无法单独启动</translation>
    </message>
    <message>
        <source>New Cluster in %1</source>
        <translation>%1 中的新集群</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Created cluster “%1”; it is starting.</source>
        <translation>已创建集群“%1”；正在启动。</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <source>Could not read the cluster: %1</source>
        <translation>无法读取集群：%1</translation>
    </message>
    <message>
        <source>Edit Cluster “%1” in %2</source>
        <translation>在 %2 中编辑集群“%1”</translation>
    </message>
    <message>
        <source>Save and Restart</source>
        <translation>保存并重启</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>“%1” is running: saving restarts it, and notebooks and jobs running on it are interrupted.</source>
        <translation>“%1”正在运行：保存后将重启，其上运行的笔记本和作业会被中断。</translation>
    </message>
    <message>
        <source>Saved “%1”; it is restarting.</source>
        <translation>已保存“%1”；正在重启。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation>正在启动“%1”…</translation>
    </message>
    <message>
        <source>“%1” is starting.</source>
        <translation>“%1”正在启动。</translation>
    </message>
    <message>
        <source>Restart cluster “%1” in %2?</source>
        <translation>要重启 %2 中的集群“%1”吗？</translation>
    </message>
    <message>
        <source>Notebooks and jobs running on it are interrupted and their state is lost. Libraries marked for removal are removed.</source>
        <translation>其上运行的笔记本和作业将被中断，其状态会丢失。标记为卸载的库将被卸载。</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Restarting “%1”…</source>
        <translation>正在重启“%1”…</translation>
    </message>
    <message>
        <source>“%1” is restarting.</source>
        <translation>“%1”正在重启。</translation>
    </message>
    <message>
        <source>Terminate cluster “%1” in %2?</source>
        <translation>要终止 %2 中的集群“%1”吗？</translation>
    </message>
    <message>
        <source>Everything running on it stops and the state of its notebooks is lost. Its configuration and libraries are kept: Start brings it back.</source>
        <translation>其上运行的所有内容都将停止，笔记本的状态会丢失。其配置和库将保留：使用“启动”即可恢复。</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Terminating “%1”…</source>
        <translation>正在终止“%1”…</translation>
    </message>
    <message>
        <source>“%1” is terminating.</source>
        <translation>“%1”正在终止。</translation>
    </message>
    <message>
        <source>Resizing “%1”…</source>
        <translation>正在调整“%1”的大小…</translation>
    </message>
    <message>
        <source>Saved the new size of “%1”.</source>
        <translation>已保存“%1”的新大小。</translation>
    </message>
    <message>
        <source>Pinning “%1”…</source>
        <translation>正在固定“%1”…</translation>
    </message>
    <message>
        <source>Unpinning “%1”…</source>
        <translation>正在取消固定“%1”…</translation>
    </message>
    <message>
        <source>Pinned “%1”.</source>
        <translation>已固定“%1”。</translation>
    </message>
    <message>
        <source>Unpinned “%1”.</source>
        <translation>已取消固定“%1”。</translation>
    </message>
    <message>
        <source>Permanently delete cluster “%1” (%2) from %3?</source>
        <translation>要从 %3 中永久删除集群“%1”（%2）吗？</translation>
    </message>
    <message>
        <source>It is terminated if it runs, and its configuration, libraries and event history are removed. This cannot be undone; jobs and notebooks that name it will no longer find it.</source>
        <translation>如果它正在运行，将先被终止，其配置、库和事件历史记录都将被移除。此操作无法撤消；引用它的作业和笔记本将无法再找到它。</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>Deleted cluster “%1”.</source>
        <translation>已删除集群“%1”。</translation>
    </message>
    <message>
        <source>Copied cluster id %1.</source>
        <translation>已复制集群 ID %1。</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>无法在浏览器中打开 %1。</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersBrowser</name>
    <message>
        <source>&amp;Job clusters</source>
        <translation>作业集群(&amp;J)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>No clusters here yet. New Cluster creates one from a template.</source>
        <translation>这里还没有集群。“新建集群”可从模板创建一个。</translation>
    </message>
    <message>
        <source>Cluster actions</source>
        <translation>集群操作</translation>
    </message>
    <message>
        <source>Show clusters in state</source>
        <translation>按状态显示集群</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Starting or changing</source>
        <translation>正在启动或更改</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Show job clusters</source>
        <translation>显示作业集群</translation>
    </message>
    <message>
        <source>Also list the clusters that job runs and pipelines created for themselves</source>
        <translation>同时列出作业运行和管道为自身创建的集群</translation>
    </message>
    <message>
        <source>Filter clusters by name</source>
        <translation>按名称筛选集群</translation>
    </message>
    <message>
        <source>Could not list the clusters: %1</source>
        <translation>无法列出集群：%1</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>节点类型</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>%1–%2 (autoscale)</source>
        <translation>%1–%2（自动扩缩）</translation>
    </message>
    <message>
        <source>Single node</source>
        <translation>单节点</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>正在重启</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>正在调整大小</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>正在终止</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Stopped after a period of inactivity</source>
        <translation>因一段时间无活动而停止</translation>
    </message>
    <message>
        <source>Stopped after %1 minutes of inactivity</source>
        <translation>因 %1 分钟无活动而停止</translation>
    </message>
    <message>
        <source>Terminated by a user</source>
        <translation>由用户终止</translation>
    </message>
    <message>
        <source>Terminated by %1</source>
        <translation>由 %1 终止</translation>
    </message>
    <message>
        <source>Its job run finished</source>
        <translation>其作业运行已结束</translation>
    </message>
    <message>
        <source>An init script failed</source>
        <translation>初始化脚本失败</translation>
    </message>
    <message>
        <source>%1 · pinned</source>
        <translation>%1 · 已固定</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>cluster state inside a sentence</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <comment>cluster state inside a sentence</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>restarting</source>
        <comment>cluster state inside a sentence</comment>
        <translation>重启中</translation>
    </message>
    <message>
        <source>resizing</source>
        <comment>cluster state inside a sentence</comment>
        <translation>调整大小中</translation>
    </message>
    <message>
        <source>terminating</source>
        <comment>cluster state inside a sentence</comment>
        <translation>终止中</translation>
    </message>
    <message>
        <source>terminated</source>
        <comment>cluster state inside a sentence</comment>
        <translation>已终止</translation>
    </message>
    <message>
        <source>in an error state</source>
        <comment>cluster state inside a sentence</comment>
        <translation>错误</translation>
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
        <translation>集群</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConflictDialog</name>
    <message>
        <source>Already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” already exists.&lt;/b&gt;</source>
        <translation>&lt;b&gt;“%1”已存在。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Overwriting replaces it only once the new copy is complete.</source>
        <translation>覆盖时，只有在新副本完成后才会替换原有项。</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the %n other conflict(s) and any later ones</source>
        <translation>
            <numerusform>对其他 %n 个冲突及之后的所有冲突执行相同操作</numerusform>
        </translation>
    </message>
    <message>
        <source>Do the same for any later conflicts in this transfer</source>
        <translation>对此传输中之后的所有冲突执行相同操作</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>保留两者(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConnectionManagerDialog</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a workspace profile</source>
        <translation>添加工作区配置文件</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Start a new profile from this one</source>
        <translation>基于此配置文件新建配置文件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this profile and its secrets</source>
        <translation>移除此配置文件及其凭据</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Copy this profile into Brickdesk; its secret goes to the keychain and the file stays as it is</source>
        <translation>将此配置文件复制到 Brickdesk；其凭据存入密钥环，原文件保持不变</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Its secret is kept in memory for this session only.</source>
        <translation>其凭据仅在本次会话期间保存在内存中。</translation>
    </message>
    <message>
        <source>From the DATABRICKS_* environment variables. Used for this session only; nothing is saved.</source>
        <translation>来自 DATABRICKS_* 环境变量。仅用于本次会话，不会保存任何内容。</translation>
    </message>
    <message>
        <source>From %1. Import it to edit it and keep its secret in the keychain; the file is not changed.</source>
        <translation>来自 %1。导入后即可编辑，并将其凭据保存在密钥环中；原文件不会更改。</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>A new workspace. Enter its URL and how to sign in, then Save.</source>
        <translation>新工作区。请输入其 URL 和登录方式，然后保存。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>A copy of “%1”, not saved yet.</source>
        <translation>“%1”的副本，尚未保存。</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>要移除配置文件“%1”吗？</translation>
    </message>
    <message>
        <source>This also deletes its secrets (token, client secret, refresh token) from the system keychain. The workspace itself is not changed.</source>
        <translation>这也会从系统密钥环中删除其凭据（令牌、客户端密钥、刷新令牌）。工作区本身不会更改。</translation>
    </message>
    <message>
        <source>“%1” was removed, but its secrets could not be deleted from the keychain: %2</source>
        <translation>已移除“%1”，但无法从密钥环中删除其凭据：%2</translation>
    </message>
    <message>
        <source>Not saved: no keychain is available for the secret.</source>
        <translation>未保存：没有可用于存储凭据的密钥环。</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>无法将凭据存储到密钥环中：%1</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 (demo workspace)</source>
        <translation>%1（演示工作区）</translation>
    </message>
    <message>
        <source>Identifying user…</source>
        <translation>正在识别用户…</translation>
    </message>
    <message>
        <source>User unknown: %1</source>
        <translation>用户未知：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录为 %1</translation>
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
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
</context>
<context>
    <name>brickdesk::CreateScopeDialog</name>
    <message>
        <source>A scope named “%1” already exists (names are compared without regard to case).</source>
        <translation>已存在名为“%1”的范围（名称比较不区分大小写）。</translation>
    </message>
    <message>
        <source>Only me, the creator</source>
        <translation>仅我（创建者）</translation>
    </message>
    <message>
        <source>All workspace users (the “users” group)</source>
        <translation>所有工作区用户（“users”组）</translation>
    </message>
    <message>
        <source>New Secret Scope — %1</source>
        <translation>新建密钥范围 — %1</translation>
    </message>
    <message>
        <source>Scope name</source>
        <translation>范围名称</translation>
    </message>
    <message>
        <source>e.g. prod-warehouse</source>
        <translation>例如 prod-warehouse</translation>
    </message>
    <message>
        <source>Only the creator may manage the scope</source>
        <translation>仅创建者可以管理该范围</translation>
    </message>
    <message>
        <source>All workspace users may manage the scope</source>
        <translation>所有工作区用户都可以管理该范围</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Can manage:</source>
        <translation>可管理者：</translation>
    </message>
    <message>
        <source>Letters, digits, “-”, “_”, “.” and “@”, up to 128 characters. The scope is backed by Databricks; its ACL can be changed afterwards.</source>
        <translation>可使用字母、数字、“-”、“_”、“.”和“@”，最多 128 个字符。该范围由 Databricks 支持；其 ACL 可在之后更改。</translation>
    </message>
</context>
<context>
    <name>brickdesk::CredentialStore</name>
    <message>
        <source>No keychain is available (%1). Brickdesk keeps secrets only in the system keychain.</source>
        <translation>没有可用的密钥环（%1）。Brickdesk 仅将凭据保存在系统密钥环中。</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>List the selected folder again (F5)</source>
        <translation>重新列出所选文件夹（F5）</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>新建文件夹(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a folder in the selected folder (Ctrl+Shift+N)</source>
        <translation>在所选文件夹中新建文件夹（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename the selected file or folder (F2)</source>
        <translation>重命名所选文件或文件夹（F2）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected files and folders (Del)</source>
        <translation>删除所选文件和文件夹（Del）</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>复制路径(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the dbfs:/ path of the selection (Ctrl+Shift+C)</source>
        <translation>复制所选项的 dbfs:/ 路径（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Do&amp;wnload…</source>
        <translation>下载(&amp;W)…</translation>
    </message>
    <message>
        <source>Download the selected files and folders to this computer</source>
        <translation>将所选文件和文件夹下载到此计算机</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>上传(&amp;U)…</translation>
    </message>
    <message>
        <source>Upload files from this computer into the selected folder</source>
        <translation>将此计算机中的文件上传到所选文件夹</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Move “%1” into “%2” in workspace “%3”?</source>
        <translation>要在工作区“%3”中将“%1”移动到“%2”吗？</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items into “%1” in workspace “%2”?</source>
        <translation>
            <numerusform>要在工作区“%2”中将 %n 个项目移动到“%1”吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation>正在移动 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n items…</source>
        <translation>
            <numerusform>正在移动 %n 个项目…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not move %1</source>
        <translation>无法移动 %1</translation>
    </message>
    <message>
        <source>Could not delete everything: %1</source>
        <translation>无法全部删除：%1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n items</source>
        <translation>
            <numerusform>已删除 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n paths</source>
        <translation>
            <numerusform>已复制 %n 个路径</numerusform>
        </translation>
    </message>
    <message>
        <source>Download to Folder</source>
        <translation>下载到文件夹</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>上传到 %1</translation>
    </message>
    <message>
        <source>Uploads are not available here.</source>
        <translation>此处无法上传。</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDelete</name>
    <message>
        <source>The deletion was cancelled.</source>
        <translation>删除已取消。</translation>
    </message>
    <message>
        <source>The workspace was disconnected.</source>
        <translation>工作区已断开连接。</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDeleter</name>
    <message>
        <source>Counting the files to delete…</source>
        <translation>正在统计要删除的文件…</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” from workspace “%2”?</source>
        <translation>要从工作区“%2”中删除“%1”吗？</translation>
    </message>
    <message>
        <source>Delete “%1” and everything in it from workspace “%2”?</source>
        <translation>要从工作区“%2”中删除“%1”及其中的所有内容吗？</translation>
    </message>
    <message>
        <source>Delete the folder “%1” from workspace “%2”? There are no files in it.</source>
        <translation>要从工作区“%2”中删除文件夹“%1”吗？其中没有文件。</translation>
    </message>
    <message>
        <source>Delete “%1” and everything in it (%2) from workspace “%3”?</source>
        <translation>要从工作区“%3”中删除“%1”及其中的所有内容（%2）吗？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items from workspace “%1”?</source>
        <translation>
            <numerusform>要从工作区“%1”中删除 %n 个项目吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items and everything in them from workspace “%1”?</source>
        <translation>
            <numerusform>要从工作区“%1”中删除 %n 个项目及其中的所有内容吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items and everything in them (%1 in folders) from workspace “%2”?</source>
        <translation>
            <numerusform>要从工作区“%2”中删除 %n 个项目及其中的所有内容（文件夹中有 %1）吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤消。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting %1… %2 files deleted so far</source>
        <translation>正在删除 %1… 目前已删除 %2 个文件</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDownloadPlanner</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is not connected</source>
        <translation>工作区未连接</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>正在列出 %1…</translation>
    </message>
    <message>
        <source>Could not list %1: %2</source>
        <translation>无法列出 %1：%2</translation>
    </message>
    <message>
        <source>Preparing local folders…</source>
        <translation>正在准备本地文件夹…</translation>
    </message>
    <message>
        <source>Could not create the local folder %1</source>
        <translation>无法创建本地文件夹 %1</translation>
    </message>
    <message>
        <source>A folder exists at %1; it cannot be replaced by a file</source>
        <translation>%1 处已有文件夹；无法用文件替换</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for an answer about %n existing file(s)…</source>
        <translation>
            <numerusform>正在等待对 %n 个已存在文件的答复…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>The transfer queue is gone</source>
        <translation>传输队列已不存在</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDownloadTransfer</name>
    <message>
        <source>The workspace is not connected</source>
        <translation>工作区未连接</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <source>The server sent an invalid answer for %1</source>
        <translation>服务器针对 %1 返回了无效的响应</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>无法下载 %1：%2</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsMove</name>
    <message>
        <source>The workspace is not connected</source>
        <translation>工作区未连接</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsNameDialog</name>
    <message>
        <source>Enter a different name.</source>
        <translation>请输入其他名称。</translation>
    </message>
    <message>
        <source>This folder already has something named “%1”.</source>
        <translation>此文件夹中已有名为“%1”的项。</translation>
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
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>The workspace is not connected</source>
        <translation>工作区未连接</translation>
    </message>
    <message>
        <source>Looking at the local files…</source>
        <translation>正在检查本地文件…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Could not look at %1: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 是文件，而不是文件夹</translation>
    </message>
    <message>
        <source>A file exists at %1 where a folder should be</source>
        <translation>%1 处应为文件夹，但存在一个文件</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>A folder exists at %1; it cannot be replaced by a file</source>
        <translation>%1 处已有文件夹；无法用文件替换</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for an answer about %n existing file(s)…</source>
        <translation>
            <numerusform>正在等待对 %n 个已存在文件的答复…</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating folders…</source>
        <translation>正在创建文件夹…</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>The transfer queue is gone</source>
        <translation>传输队列已不存在</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsUploadTransfer</name>
    <message>
        <source>The workspace is not connected</source>
        <translation>工作区未连接</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The upload stream expired; sending the file again</source>
        <translation>上传流已过期；正在重新发送文件</translation>
    </message>
    <message>
        <source>The connection was interrupted; sending the file again</source>
        <translation>连接已中断；正在重新发送文件</translation>
    </message>
    <message>
        <source>%1 was created by someone else during the upload</source>
        <translation>上传期间其他人创建了 %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>The upload stream of %1 expired</source>
        <translation>%1 的上传流已过期</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <translation>无法上传 %1：%2</translation>
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
        <translation>已加载的内容中没有与“%1”匹配的项。</translation>
    </message>
    <message>
        <source>DBFS is empty. Drop files here to upload them.</source>
        <translation>DBFS 为空。将文件拖放到此处即可上传。</translation>
    </message>
</context>
<context>
    <name>brickdesk::EmulatorWorker</name>
    <message>
        <source>No free port on the loopback interface could be opened.</source>
        <translation>无法在环回接口上打开空闲端口。</translation>
    </message>
</context>
<context>
    <name>brickdesk::ExportDialog</name>
    <message>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML 页面</translation>
    </message>
    <message>
        <source>Jupyter notebook</source>
        <translation>Jupyter 笔记本</translation>
    </message>
    <message>
        <source>DBC archive</source>
        <translation>DBC 存档</translation>
    </message>
    <message>
        <source>R Markdown</source>
        <translation>R Markdown</translation>
    </message>
    <message>
        <source>As stored</source>
        <translation>按存储原样</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1（.%2）</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>导出“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Objects</source>
        <translation>
            <numerusform>导出 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Source files (folders as local folders)</source>
        <translation>源文件（文件夹作为本地文件夹）(&amp;S)</translation>
    </message>
    <message>
        <source>Folder of &amp;source files</source>
        <translation>源文件文件夹(&amp;S)</translation>
    </message>
    <message>
        <source>Notebooks as .py, .scala, .sql and .r files and workspace files as they are: importing the folder again recreates it.</source>
        <translation>笔记本导出为 .py、.scala、.sql 和 .r 文件，工作区文件保持原样：再次导入该文件夹即可重建。</translation>
    </message>
    <message>
        <source>&amp;DBC archives (one per object)</source>
        <translation>DBC 存档（每个对象一个）(&amp;D)</translation>
    </message>
    <message>
        <source>One &amp;DBC archive</source>
        <translation>单个 DBC 存档(&amp;D)</translation>
    </message>
    <message>
        <source>A Databricks archive holds notebooks only; workspace files are left out.</source>
        <translation>Databricks 存档仅包含笔记本；工作区文件会被略过。</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>导出为：</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>目标文件夹(&amp;I)：</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>导出为</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Give the full path of the file to write.</source>
        <translation>请提供要写入的文件的完整路径。</translation>
    </message>
    <message>
        <source>Choose the local folder to export into.</source>
        <translation>请选择要导出到的本地文件夹。</translation>
    </message>
    <message>
        <source>Writes %1.</source>
        <translation>将写入 %1。</translation>
    </message>
    <message>
        <source>Creates %1 with the folder’s notebooks as source files and its workspace files as they are.</source>
        <translation>创建 %1，其中文件夹的笔记本为源文件，工作区文件保持原样。</translation>
    </message>
    <message numerus="yes">
        <source>Writes %n object(s) into %1.</source>
        <translation>
            <numerusform>将 %n 个对象写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::FilterBox</name>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>按名称筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选条件</translation>
    </message>
</context>
<context>
    <name>brickdesk::GrantPermissionsDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>尚未选择主体</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>授予(&amp;G)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Grant Permission — %1</source>
        <translation>授予权限 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Grant a permission on %n objects</source>
        <translation>
            <numerusform>对 %n 个对象授予权限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give one principal the same permission on %n objects in %1. Whoever already has that level or a stronger one keeps it.</source>
        <translation>
            <numerusform>在 %1 中为一个主体授予对 %n 个对象的相同权限。已拥有该级别或更高级别权限的主体将保留其权限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Objects and results</source>
        <translation>对象和结果</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Choose the principal</source>
        <translation>选择主体</translation>
    </message>
    <message>
        <source>Permission to grant</source>
        <translation>要授予的权限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>授予</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>These objects have no permission level in common; grant on fewer kinds of object at once.</source>
        <translation>这些对象没有共同的权限级别；请一次对更少种类的对象授予权限。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Granting…</source>
        <translation>正在授予…</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>已授予</translation>
    </message>
    <message>
        <source>Is the owner; kept</source>
        <translation>是所有者；已保留</translation>
    </message>
    <message>
        <source>Already has %1; kept</source>
        <translation>已拥有 %1；已保留</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Done on all %n objects.</source>
        <translation>
            <numerusform>已在全部 %n 个对象上完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done on %1 of %2 objects; %n failed, as each row says.</source>
        <translation>
            <numerusform>已在 %2 个对象中的 %1 个上完成；%n 个失败，详见各行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ImportDialog</name>
    <message>
        <source>Notebook</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>DBC archive</source>
        <translation>DBC 存档</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源代码</translation>
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
        <translation>工作区文件</translation>
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
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import into Workspace</source>
        <translation>导入到工作区</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>目标文件夹</translation>
    </message>
    <message>
        <source>/Users/me/project</source>
        <translation>/Users/me/project</translation>
    </message>
    <message>
        <source>Items to import</source>
        <translation>要导入的项目</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>When an object already exists</source>
        <translation>对象已存在时</translation>
    </message>
    <message>
        <source>&amp;Ask for each</source>
        <translation>逐个询问(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>O&amp;verwrite it</source>
        <translation>覆盖(&amp;V)</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>导入到(&amp;I)：</translation>
    </message>
    <message>
        <source>Add files or folders to import, or drop them on a folder of the workspace.</source>
        <translation>添加要导入的文件或文件夹，或将其拖放到工作区的文件夹上。</translation>
    </message>
    <message>
        <source>Choose a workspace folder to import into, such as /Users/me.</source>
        <translation>请选择要导入到的工作区文件夹，例如 /Users/me。</translation>
    </message>
    <message numerus="yes">
        <source>Looking at %n local item(s)…</source>
        <translation>
            <numerusform>正在检查 %n 个本地项目…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s)</source>
        <translation>
            <numerusform>%n 个笔记本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DBC archive(s)</source>
        <translation>
            <numerusform>%n 个 DBC 存档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n 个文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有要导入的内容。</translation>
    </message>
    <message>
        <source>%1 (%2) into %3</source>
        <translation>%1（%2）导入到 %3</translation>
    </message>
    <message numerus="yes">
        <source>Cannot read %n item(s), they will be reported as failed: %1</source>
        <translation>
            <numerusform>无法读取 %n 个项目，这些项目将报告为失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Files to Import</source>
        <translation>添加要导入的文件</translation>
    </message>
    <message>
        <source>Add a Folder to Import</source>
        <translation>添加要导入的文件夹</translation>
    </message>
    <message>
        <source>In the workspace</source>
        <translation>工作区中的位置</translation>
    </message>
</context>
<context>
    <name>brickdesk::InstallLibraryDialog</name>
    <message>
        <source>Install Library — %1</source>
        <translation>安装库 — %1</translation>
    </message>
    <message>
        <source>Install a library on %1</source>
        <translation>在 %1 上安装库</translation>
    </message>
    <message>
        <source>Library kind</source>
        <translation>库类型</translation>
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
        <translation>requirements 文件</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <source>Install the library</source>
        <translation>安装库</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>包(&amp;P)：</translation>
    </message>
    <message>
        <source>pandas==2.2.2</source>
        <translation>pandas==2.2.2</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Index &amp;URL:</source>
        <translation>索引 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Optional, e.g. https://pypi.example.com/simple</source>
        <translation>可选，例如 https://pypi.example.com/simple</translation>
    </message>
    <message>
        <source>PyPI index URL</source>
        <translation>PyPI 索引 URL</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>坐标(&amp;C)：</translation>
    </message>
    <message>
        <source>com.databricks:spark-xml_2.12:0.18.0</source>
        <translation>com.databricks:spark-xml_2.12:0.18.0</translation>
    </message>
    <message>
        <source>Maven coordinates</source>
        <translation>Maven 坐标</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>存储库(&amp;R)：</translation>
    </message>
    <message>
        <source>Optional, e.g. https://repo.example.com/maven</source>
        <translation>可选，例如 https://repo.example.com/maven</translation>
    </message>
    <message>
        <source>Maven repository URL</source>
        <translation>Maven 存储库 URL</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P)：</translation>
    </message>
    <message>
        <source>/Workspace/Shared/wheels/package-1.0-py3-none-any.whl</source>
        <translation>/Workspace/Shared/wheels/package-1.0-py3-none-any.whl</translation>
    </message>
    <message>
        <source>Path of the wheel</source>
        <translation>wheel 路径</translation>
    </message>
    <message>
        <source>/Volumes/main/default/libs/udfs.jar</source>
        <translation>/Volumes/main/default/libs/udfs.jar</translation>
    </message>
    <message>
        <source>Path of the JAR</source>
        <translation>JAR 路径</translation>
    </message>
    <message>
        <source>/Workspace/Shared/requirements.txt</source>
        <translation>/Workspace/Shared/requirements.txt</translation>
    </message>
    <message>
        <source>Path of the requirements file</source>
        <translation>requirements 文件路径</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>正在安装…</translation>
    </message>
    <message>
        <source>The library was not installed: %1</source>
        <translation>库未安装：%1</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobPane</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Load More Runs</source>
        <translation>加载更多运行</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>作业详细信息</translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation>所选任务</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>This job has not run yet.</source>
        <translation>此作业尚未运行。</translation>
    </message>
    <message>
        <source>Load more runs</source>
        <translation>加载更多运行</translation>
    </message>
    <message>
        <source>Job settings</source>
        <translation>作业设置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>未选择作业</translation>
    </message>
    <message>
        <source>Select a job to see its tasks, runs and settings.</source>
        <translation>选择一个作业以查看其任务、运行和设置。</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <source>runs as %1</source>
        <translation>以 %1 身份运行</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>创建者：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a task to see what it runs and when.</source>
        <translation>选择一个任务以查看它运行什么以及何时运行。</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>运行：%1</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>位于：%1</translation>
    </message>
    <message>
        <source>Starts first</source>
        <translation>最先开始</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>之后：%1</translation>
    </message>
    <message>
        <source>Runs if: %1</source>
        <translation>运行条件：%1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsActions</name>
    <message>
        <source>&amp;New Job…</source>
        <translation>新建作业(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a job from a template in the JSON editor</source>
        <translation>在 JSON 编辑器中从模板创建作业</translation>
    </message>
    <message>
        <source>&amp;Edit Job…</source>
        <translation>编辑作业(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the job&apos;s settings as JSON; the changes are shown before they are saved</source>
        <translation>以 JSON 编辑作业设置；保存前会显示更改</translation>
    </message>
    <message>
        <source>&amp;Delete Job…</source>
        <translation>删除作业(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the job and its run history</source>
        <translation>删除作业及其运行历史记录</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>立即运行(&amp;R)</translation>
    </message>
    <message>
        <source>Start a run with the job&apos;s own settings</source>
        <translation>使用作业自身的设置开始运行</translation>
    </message>
    <message>
        <source>Run Now &amp;With Different Settings…</source>
        <translation>使用其他设置立即运行(&amp;W)…</translation>
    </message>
    <message>
        <source>Start a run with other parameters or only some tasks</source>
        <translation>使用其他参数或仅部分任务开始运行</translation>
    </message>
    <message>
        <source>&amp;Pause Schedule</source>
        <translation>暂停计划(&amp;P)</translation>
    </message>
    <message>
        <source>Stop the schedule or trigger from starting runs</source>
        <translation>停止计划或触发器启动运行</translation>
    </message>
    <message>
        <source>Copy Job &amp;ID</source>
        <translation>复制作业 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the job&apos;s id to the clipboard</source>
        <translation>将作业 ID 复制到剪贴板</translation>
    </message>
    <message>
        <source>Open Job in &amp;Browser</source>
        <translation>在浏览器中打开作业(&amp;B)</translation>
    </message>
    <message>
        <source>Show the job in the web UI</source>
        <translation>在 Web UI 中显示作业</translation>
    </message>
    <message>
        <source>&amp;Cancel Run…</source>
        <translation>取消运行(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel the selected run</source>
        <translation>取消所选运行</translation>
    </message>
    <message>
        <source>Cancel &amp;All Runs…</source>
        <translation>取消所有运行(&amp;A)…</translation>
    </message>
    <message>
        <source>Cancel every active and queued run of the job</source>
        <translation>取消该作业所有活动和排队的运行</translation>
    </message>
    <message>
        <source>Re&amp;pair Run…</source>
        <translation>修复运行(&amp;P)…</translation>
    </message>
    <message>
        <source>Run the failed tasks of the selected run again</source>
        <translation>重新运行所选运行中失败的任务</translation>
    </message>
    <message>
        <source>Delete R&amp;un…</source>
        <translation>删除运行(&amp;U)…</translation>
    </message>
    <message>
        <source>Delete the selected run from the history</source>
        <translation>从历史记录中删除所选运行</translation>
    </message>
    <message>
        <source>Open Run in Bro&amp;wser</source>
        <translation>在浏览器中打开运行(&amp;W)</translation>
    </message>
    <message>
        <source>Show the selected run in the web UI</source>
        <translation>在 Web UI 中显示所选运行</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>List the jobs and the selected job&apos;s runs again</source>
        <translation>重新列出作业及所选作业的运行</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <source>Resume Sched&amp;ule</source>
        <translation>恢复计划(&amp;U)</translation>
    </message>
    <message>
        <source>Let the schedule or trigger start runs again</source>
        <translation>允许计划或触发器再次启动运行</translation>
    </message>
    <message>
        <source>New Job in %1</source>
        <translation>%1 中的新作业</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Created job “%1”.</source>
        <translation>已创建作业“%1”。</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <source>Could not read the job: %1</source>
        <translation>无法读取作业：%1</translation>
    </message>
    <message>
        <source>Edit Job “%1” in %2</source>
        <translation>在 %2 中编辑作业“%1”</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved job “%1”.</source>
        <translation>已保存作业“%1”。</translation>
    </message>
    <message>
        <source>Delete job “%1” (%2) from %3?</source>
        <translation>要从 %3 中删除作业“%1”（%2）吗？</translation>
    </message>
    <message>
        <source>Its schedule stops and its run history goes with it. Active runs are cancelled. This cannot be undone.</source>
        <translation>其计划将停止，运行历史记录也将一并删除。活动的运行将被取消。此操作无法撤消。</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>删除作业</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>Could not delete the job: %1</source>
        <translation>无法删除作业：%1</translation>
    </message>
    <message>
        <source>Deleted job “%1”.</source>
        <translation>已删除作业“%1”。</translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation>正在启动“%1”…</translation>
    </message>
    <message>
        <source>Could not start the job: %1</source>
        <translation>无法启动作业：%1</translation>
    </message>
    <message>
        <source>Started run %1 of “%2”.</source>
        <translation>已启动“%2”的运行 %1。</translation>
    </message>
    <message>
        <source>Resuming “%1”…</source>
        <translation>正在恢复“%1”…</translation>
    </message>
    <message>
        <source>Pausing “%1”…</source>
        <translation>正在暂停“%1”…</translation>
    </message>
    <message>
        <source>Could not change the schedule: %1</source>
        <translation>无法更改计划：%1</translation>
    </message>
    <message>
        <source>Resumed “%1”.</source>
        <translation>已恢复“%1”。</translation>
    </message>
    <message>
        <source>Paused “%1”.</source>
        <translation>已暂停“%1”。</translation>
    </message>
    <message>
        <source>Copied job id %1.</source>
        <translation>已复制作业 ID %1。</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>无法在浏览器中打开 %1。</translation>
    </message>
    <message>
        <source>Cancel run %1 of “%2” in %3?</source>
        <translation>要取消 %3 中“%2”的运行 %1 吗？</translation>
    </message>
    <message>
        <source>Its running tasks are stopped and the tasks after them are skipped.</source>
        <translation>正在运行的任务将停止，其后的任务将被跳过。</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>Cancelling run %1…</source>
        <translation>正在取消运行 %1…</translation>
    </message>
    <message>
        <source>Could not cancel the run: %1</source>
        <translation>无法取消运行：%1</translation>
    </message>
    <message>
        <source>Cancelling run %1.</source>
        <translation>正在取消运行 %1。</translation>
    </message>
    <message>
        <source>Cancel every run of “%1” in %2?</source>
        <translation>要取消 %2 中“%1”的所有运行吗？</translation>
    </message>
    <message>
        <source>All its active and queued runs are cancelled. New runs can still start, from the schedule or from another job.</source>
        <translation>其所有活动和排队的运行都将被取消。新的运行仍可能由计划或其他作业启动。</translation>
    </message>
    <message>
        <source>Cancel All Runs</source>
        <translation>取消所有运行</translation>
    </message>
    <message>
        <source>Cancelling the runs of “%1”…</source>
        <translation>正在取消“%1”的运行…</translation>
    </message>
    <message>
        <source>Could not cancel the runs: %1</source>
        <translation>无法取消运行：%1</translation>
    </message>
    <message>
        <source>Cancelling every run of “%1”.</source>
        <translation>正在取消“%1”的所有运行。</translation>
    </message>
    <message>
        <source>Delete run %1 of “%2” from %3?</source>
        <translation>要从 %3 中删除“%2”的运行 %1 吗？</translation>
    </message>
    <message>
        <source>The run, its output and its logs go from the history. This cannot be undone.</source>
        <translation>该运行及其输出和日志将从历史记录中删除。此操作无法撤消。</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Deleting run %1…</source>
        <translation>正在删除运行 %1…</translation>
    </message>
    <message>
        <source>Could not delete the run: %1</source>
        <translation>无法删除运行：%1</translation>
    </message>
    <message>
        <source>Deleted run %1.</source>
        <translation>已删除运行 %1。</translation>
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation>正在读取运行 %1…</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>无法读取运行：%1</translation>
    </message>
    <message>
        <source>Repairing run %1.</source>
        <translation>正在修复运行 %1。</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsBrowser</name>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>No jobs in this workspace yet. New Job creates one from a template.</source>
        <translation>此工作区中尚无作业。“新建作业”可从模板创建一个。</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>作业操作</translation>
    </message>
    <message>
        <source>Filter jobs by name</source>
        <translation>按名称筛选作业</translation>
    </message>
    <message>
        <source>Could not list the jobs: %1</source>
        <translation>无法列出作业：%1</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <source>Run %1 started %2
%3</source>
        <translation>运行 %1 开始于 %2
%3</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1，持续 %2</translation>
    </message>
    <message>
        <source>%1 · %2 ago</source>
        <translation>%1 · %2 前</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsPage</name>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
</context>
<context>
    <name>brickdesk::JsonDiffView</name>
    <message>
        <source>Summary of changes</source>
        <translation>更改摘要</translation>
    </message>
    <message>
        <source>Changed lines</source>
        <translation>已更改的行</translation>
    </message>
    <message>
        <source>These changes will be sent: %1</source>
        <translation>将发送以下更改：%1</translation>
    </message>
    <message>
        <source>@@ line %1 @@</source>
        <translation>@@ 第 %1 行 @@</translation>
    </message>
</context>
<context>
    <name>brickdesk::JsonPayloadDialog</name>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式化(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>返回编辑(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>从模板开始</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>从模板开始…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Payload editor</source>
        <translation>有效负载编辑器</translation>
    </message>
    <message>
        <source>Review of the changes</source>
        <translation>审阅更改</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Indent the JSON, keeping its key order (Ctrl+Shift+F)</source>
        <translation>缩进 JSON，保持键的顺序（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>返回编辑</translation>
    </message>
    <message>
        <source>Check the payload and send it (Ctrl+Return)</source>
        <translation>检查有效负载并发送（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>确认并发送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Nothing changed: the payload is the same as on the server.</source>
        <translation>没有任何更改：有效负载与服务器上的相同。</translation>
    </message>
    <message>
        <source>The server refused the payload: %1</source>
        <translation>服务器拒绝了有效负载：%1</translation>
    </message>
    <message>
        <source>Discard your changes to this payload?</source>
        <translation>要放弃对此有效负载的更改吗？</translation>
    </message>
    <message>
        <source>What you typed is lost; nothing was sent.</source>
        <translation>您输入的内容将丢失；未发送任何内容。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Replace your changes with the template “%1”?</source>
        <translation>要用模板“%1”替换您的更改吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>brickdesk::JsonPayloadEditor</name>
    <message>
        <source>Payload JSON</source>
        <translation>有效负载 JSON</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Payload status</source>
        <translation>有效负载状态</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <source>Line %1, column %2 — %3</source>
        <translation>第 %1 行，第 %2 列 — %3</translation>
    </message>
</context>
<context>
    <name>brickdesk::KeyDetailsPanel</name>
    <message>
        <source>Reference to use in job, cluster and pipeline settings</source>
        <translation>用于作业、集群和管道设置的引用</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新时间：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>引用：</translation>
    </message>
    <message>
        <source>The value is never shown here. Use Copy Value to put it on the clipboard for 30 seconds.</source>
        <translation>此处从不显示值。使用“复制值”可将其放到剪贴板上 30 秒。</translation>
    </message>
    <message>
        <source>%1 (Azure Key Vault, read-only here)</source>
        <translation>%1（Azure Key Vault，此处只读）</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1（%2前）</translation>
    </message>
    <message numerus="yes">
        <source>Not updated for more than %n day(s): consider rotating it.</source>
        <translation>
            <numerusform>已超过 %n 天未更新：请考虑轮换。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>brickdesk::Launcher</name>
    <message>
        <source>Starting the demo workspace…</source>
        <translation>正在启动演示工作区…</translation>
    </message>
    <message>
        <source>The demo workspace could not start: %1</source>
        <translation>无法启动演示工作区：%1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>The workspace named by the DATABRICKS_* environment variables cannot be opened: %1</source>
        <translation>无法打开由 DATABRICKS_* 环境变量指定的工作区：%1</translation>
    </message>
</context>
<context>
    <name>brickdesk::LazyTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load this folder: %1</source>
        <translation>无法加载此文件夹：%1</translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation>%1
按 F5 重试。</translation>
    </message>
    <message>
        <source>Load more…</source>
        <translation>加载更多…</translation>
    </message>
    <message>
        <source>Could not load more: %1
Activate to try again.</source>
        <translation>无法加载更多：%1
激活此项以重试。</translation>
    </message>
    <message>
        <source>Activate to list the next entries.</source>
        <translation>激活此项以列出后续条目。</translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>未连接到工作区。</translation>
    </message>
</context>
<context>
    <name>brickdesk::LazyTreeView</name>
    <message>
        <source>Nothing loaded matches “%1”.
Open more folders to search them too.</source>
        <translation>已加载的内容中没有与“%1”匹配的项。
打开更多文件夹即可一并搜索。</translation>
    </message>
</context>
<context>
    <name>brickdesk::LibraryStatusModel</name>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>正在解析</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>正在安装</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Uninstall on restart</source>
        <translation>重启时卸载</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>brickdesk::LoopbackReceiver</name>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Brickdesk could not sign you in. Return to Brickdesk for details.</source>
        <translation>Brickdesk 无法为您登录。请返回 Brickdesk 查看详细信息。</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>You can close this tab and return to Brickdesk.</source>
        <translation>您可以关闭此标签页并返回 Brickdesk。</translation>
    </message>
</context>
<context>
    <name>brickdesk::MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Activity Panel</source>
        <translation>活动面板(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Brickdesk</source>
        <translation>关于 Brickdesk(&amp;A)</translation>
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
        <translation>已打开的工作区</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <source>Open another workspace (Ctrl+O)</source>
        <translation>打开另一个工作区（Ctrl+O）</translation>
    </message>
    <message>
        <source>Not connected to a workspace</source>
        <translation>未连接到工作区</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open one of your workspaces: Brickdesk finds the profiles in &lt;code&gt;~/.databrickscfg&lt;/code&gt;, or you add one with its URL and a token or OAuth sign-in.&lt;/p&gt;&lt;p&gt;To look around without an account, open the demo workspace with sample notebooks, folders and jobs (also &lt;code&gt;brickdesk --demo&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Brickdesk also connects to the workspace named by the &lt;code&gt;DATABRICKS_HOST&lt;/code&gt; and &lt;code&gt;DATABRICKS_TOKEN&lt;/code&gt; environment variables.&lt;/p&gt;</source>
        <translation>&lt;p&gt;打开您的某个工作区：Brickdesk 会在 &lt;code&gt;~/.databrickscfg&lt;/code&gt; 中查找配置文件，您也可以使用工作区 URL 以及令牌或 OAuth 登录来添加工作区。&lt;/p&gt;&lt;p&gt;如需在没有账户的情况下浏览，请打开包含示例笔记本、文件夹和作业的演示工作区（也可使用 &lt;code&gt;brickdesk --demo&lt;/code&gt;）。&lt;/p&gt;&lt;p&gt;Brickdesk 还会连接到由 &lt;code&gt;DATABRICKS_HOST&lt;/code&gt; 和 &lt;code&gt;DATABRICKS_TOKEN&lt;/code&gt; 环境变量指定的工作区。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next Workspace</source>
        <translation>下一个工作区(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Workspace</source>
        <translation>上一个工作区(&amp;P)</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>&amp;Transfers Panel</source>
        <translation>传输面板(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>Close workspace “%1” and cancel its %n unfinished transfer(s)?</source>
        <translation>
            <numerusform>要关闭工作区“%1”并取消其 %n 个未完成的传输吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing half-written is kept: cancelled uploads and downloads are removed, and files they were replacing stay as they were.</source>
        <translation>不会保留写入一半的内容：已取消的上传和下载会被移除，它们原本要替换的文件保持不变。</translation>
    </message>
    <message>
        <source>Close Workspace</source>
        <translation>关闭工作区</translation>
    </message>
    <message numerus="yes">
        <source>Quit and cancel %n unfinished transfer(s)?</source>
        <translation>
            <numerusform>要退出并取消 %n 个未完成的传输吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>brickdesk::NameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <translation>名称不能包含“/”。</translation>
    </message>
    <message>
        <source>“%1” cannot be a name.</source>
        <translation>“%1”不能用作名称。</translation>
    </message>
</context>
<context>
    <name>brickdesk::NewFolderDialog</name>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>文件夹名称</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <source>This folder already has an object named “%1”.</source>
        <translation>此文件夹中已有名为“%1”的对象。</translation>
    </message>
</context>
<context>
    <name>brickdesk::NoDelayHttpReply</name>
    <message>
        <source>The server sent a header line that is too long.</source>
        <translation>服务器发送的标头行过长。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP.</source>
        <translation>服务器的应答不是 HTTP。</translation>
    </message>
    <message>
        <source>The server sent a malformed header.</source>
        <translation>服务器发送了格式错误的标头。</translation>
    </message>
    <message>
        <source>The server sent a malformed chunk.</source>
        <translation>服务器发送了格式错误的分块。</translation>
    </message>
    <message>
        <source>The server sent a malformed Content-Length.</source>
        <translation>服务器发送了格式错误的 Content-Length。</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>服务器在应答前关闭了连接。</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>操作已取消</translation>
    </message>
</context>
<context>
    <name>brickdesk::NotebookPreview</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>修改时间 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objects selected.</source>
        <translation>
            <numerusform>已选择 %n 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a notebook to read it here.</source>
        <translation>选择一个笔记本即可在此处阅读。</translation>
    </message>
    <message>
        <source>Not listed yet. Expand the folder to see what it holds.</source>
        <translation>尚未列出。展开文件夹即可查看其中的内容。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”为空。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n objects.</source>
        <translation>
            <numerusform>“%1”包含 %n 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: the file is larger than %1.</source>
        <translation>无预览：文件大于 %1。</translation>
    </message>
    <message>
        <source>No preview for objects of this type (%1).</source>
        <translation>此类型的对象无预览（%1）。</translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>未连接到工作区。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This notebook is larger than 10 MB, the most the Workspace API exports (MAX_NOTEBOOK_SIZE_EXCEEDED). Open it in the browser instead.</source>
        <translation>此笔记本大于 10 MB，超出了 Workspace API 的导出上限（MAX_NOTEBOOK_SIZE_EXCEEDED）。请改为在浏览器中打开。</translation>
    </message>
    <message>
        <source>Could not load the preview: %1</source>
        <translation>无法加载预览：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n cells</source>
        <translation>
            <numerusform>%n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: this is not a text file.</source>
        <translation>无预览：这不是文本文件。</translation>
    </message>
</context>
<context>
    <name>brickdesk::ParameterTable</name>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation>添加值(&amp;V)</translation>
    </message>
    <message>
        <source>Add &amp;Parameter</source>
        <translation>添加参数(&amp;P)</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>向 %1 添加一行</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>移除 %1 中所选的行</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
</context>
<context>
    <name>brickdesk::PayloadIssuesModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3: %4 (%5)</source>
        <translation>第 %2 行，第 %3 列的%1：%4（%5）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>行:列</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionLevelDelegate</name>
    <message>
        <source>Permission of %1</source>
        <translation>%1 的权限</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionObject</name>
    <message>
        <source>job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>notebook</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>repo</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Can view</source>
        <translation>可查看</translation>
    </message>
    <message>
        <source>Can read</source>
        <translation>可读取</translation>
    </message>
    <message>
        <source>Can run</source>
        <translation>可运行</translation>
    </message>
    <message>
        <source>Can edit</source>
        <translation>可编辑</translation>
    </message>
    <message>
        <source>Can manage run</source>
        <translation>可管理运行</translation>
    </message>
    <message>
        <source>Can attach to</source>
        <translation>可附加</translation>
    </message>
    <message>
        <source>Can restart</source>
        <translation>可重启</translation>
    </message>
    <message>
        <source>Can manage</source>
        <translation>可管理</translation>
    </message>
    <message>
        <source>Can use</source>
        <translation>可使用</translation>
    </message>
    <message>
        <source>Is owner</source>
        <translation>所有者</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionRules</name>
    <message>
        <source>A group cannot own a %1: “%2” needs another level. Choose a user or a service principal with Transfer Ownership.</source>
        <translation>组不能成为 %1 的所有者：“%2”需要其他级别。请使用“转移所有权”选择用户或服务主体。</translation>
    </message>
    <message>
        <source>The %1 would have no owner. A %1 has exactly one: choose the new one with Transfer Ownership.</source>
        <translation>该 %1 将没有所有者。%1 必须恰好有一个所有者：请使用“转移所有权”选择新的所有者。</translation>
    </message>
    <message>
        <source>The %1 would have %2 owners (%3). A %1 has exactly one: keep one of them as owner.</source>
        <translation>该 %1 将有 %2 个所有者（%3）。%1 必须恰好有一个所有者：请只保留其中一个作为所有者。</translation>
    </message>
    <message>
        <source>%1 keeps Can manage on their own home folder: the workspace does not allow taking it away.</source>
        <translation>%1 保留对其主文件夹的“可管理”权限：工作区不允许移除该权限。</translation>
    </message>
    <message>
        <source>You would lose your own right to manage this %1 and could not change its permissions again. Keep Can manage for %2 or for a group you are in.</source>
        <translation>您将失去管理此 %1 的权限，并且无法再更改其权限。请为 %2 或您所在的组保留“可管理”权限。</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionsDialog</name>
    <message>
        <source>&amp;Add Principal…</source>
        <translation>添加主体(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Transfer Ownership…</source>
        <translation>转移所有权(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Permissions — %1</source>
        <translation>权限 — %1</translation>
    </message>
    <message>
        <source>Permissions of the %1 %2</source>
        <translation>%1 %2 的权限</translation>
    </message>
    <message>
        <source>Who may use the %1 “%2” in %3.</source>
        <translation>可以使用 %3 中 %1“%2”的主体。</translation>
    </message>
    <message>
        <source>Permissions by principal</source>
        <translation>按主体列出的权限</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>要发送的更改</translation>
    </message>
    <message>
        <source>Why the changes cannot be sent</source>
        <translation>无法发送更改的原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add principal</source>
        <translation>添加主体</translation>
    </message>
    <message>
        <source>Remove the direct permission</source>
        <translation>移除直接权限</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>转移所有权</translation>
    </message>
    <message>
        <source>Revert the changes</source>
        <translation>还原更改</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Take away the level set on this object; inherited levels stay</source>
        <translation>移除在此对象上设置的级别；继承的级别保留</translation>
    </message>
    <message>
        <source>Make someone else the owner; the former owner keeps Can manage</source>
        <translation>将其他主体设为所有者；原所有者保留“可管理”权限</translation>
    </message>
    <message>
        <source>Reading the permissions…</source>
        <translation>正在读取权限…</translation>
    </message>
    <message>
        <source>The permissions could not be read: %1</source>
        <translation>无法读取权限：%1</translation>
    </message>
    <message>
        <source>No changes yet: pick a level in the Permission column, or add a principal.</source>
        <translation>尚无更改：请在“权限”列中选择级别，或添加主体。</translation>
    </message>
    <message>
        <source>• Adds %1 for %2</source>
        <translation>• 为 %2 添加 %1</translation>
    </message>
    <message>
        <source>• Changes %1 from %2 to %3</source>
        <translation>• 将 %1 的权限从 %2 更改为 %3</translation>
    </message>
    <message>
        <source>• Removes the direct %1 of %2</source>
        <translation>• 移除 %2 的直接权限 %1</translation>
    </message>
    <message>
        <source>Sent as a whole new list (PUT), because an entry is removed: every direct entry shown above is sent again, and any added elsewhere since this was read is dropped.</source>
        <translation>由于有条目被移除，将作为全新列表发送（PUT）：上面显示的所有直接条目都会重新发送，自读取以来在其他地方添加的条目将被丢弃。</translation>
    </message>
    <message>
        <source>Sent as a merge (PATCH): entries not listed stay as they are.</source>
        <translation>作为合并发送（PATCH）：未列出的条目保持不变。</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>转移所有权</translation>
    </message>
    <message>
        <source>Make Owner</source>
        <translation>设为所有者</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Replace the permissions of the %1 “%2” in %3?</source>
        <translation>要替换 %3 中 %1“%2”的权限吗？</translation>
    </message>
    <message>
        <source>These lose their direct permission: %1. The list is sent whole, so an entry someone else added since it was read is dropped too; inherited permissions stay.</source>
        <translation>以下主体将失去直接权限：%1。列表会整体发送，因此自读取以来其他人添加的条目也会被丢弃；继承的权限保留。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Saving the permissions…</source>
        <translation>正在保存权限…</translation>
    </message>
    <message>
        <source>The change did not go through; your edit is kept (Reload shows what the workspace has now): %1</source>
        <translation>更改未成功；您的编辑已保留（“重新加载”可显示工作区当前的内容）：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Discard the changes to the permissions of “%1” and read them again?</source>
        <translation>要放弃对“%1”权限的更改并重新读取吗？</translation>
    </message>
    <message>
        <source>They have not been sent to the workspace.</source>
        <translation>这些更改尚未发送到工作区。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Saving the permissions… the dialog can be closed once the workspace has answered.</source>
        <translation>正在保存权限… 工作区响应后即可关闭对话框。</translation>
    </message>
    <message>
        <source>Discard the changes to the permissions of “%1”?</source>
        <translation>要放弃对“%1”权限的更改吗？</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionsLoader</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
</context>
<context>
    <name>brickdesk::PermissionsModel</name>
    <message>
        <source>the workspace root</source>
        <translation>工作区根目录</translation>
    </message>
    <message>
        <source>all jobs</source>
        <translation>所有作业</translation>
    </message>
    <message>
        <source>all clusters</source>
        <translation>所有集群</translation>
    </message>
    <message>
        <source>all pipelines</source>
        <translation>所有管道</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>文件夹 %1</translation>
    </message>
    <message>
        <source>repo %1</source>
        <translation>存储库 %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（继承自 %2）</translation>
    </message>
    <message>
        <source>Removed (was %1)</source>
        <translation>已移除（原为 %1）</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1（原为 %2）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the level</source>
        <translation>双击或按 F2 更改级别</translation>
    </message>
    <message>
        <source>The owner changes with Transfer Ownership</source>
        <translation>所有者需通过“转移所有权”更改</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>继承</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineEventsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Update created</source>
        <translation>更新已创建</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>更新进度</translation>
    </message>
    <message>
        <source>Flow progress</source>
        <translation>流进度</translation>
    </message>
    <message>
        <source>Flow definition</source>
        <translation>流定义</translation>
    </message>
    <message>
        <source>Dataset definition</source>
        <translation>数据集定义</translation>
    </message>
    <message>
        <source>Cluster resources</source>
        <translation>集群资源</translation>
    </message>
    <message>
        <source>User action</source>
        <translation>用户操作</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineEventsView</name>
    <message>
        <source>Load &amp;More</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <source>Show events of level</source>
        <translation>要显示的事件级别</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Search the loaded events</source>
        <translation>搜索已加载的事件</translation>
    </message>
    <message>
        <source>Search messages, events and datasets</source>
        <translation>搜索消息、事件和数据集</translation>
    </message>
    <message>
        <source>Pipeline events</source>
        <translation>管道事件</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>显示的事件</translation>
    </message>
    <message>
        <source>Load more events</source>
        <translation>加载更多事件</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>正在读取事件…</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>无法读取事件：%1</translation>
    </message>
    <message>
        <source>No events at this level.</source>
        <translation>没有此级别的事件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n loaded event(s) match.</source>
        <translation>
            <numerusform>已加载的 %n 个事件中有 %1 个匹配。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) loaded; older ones are left to load.</source>
        <translation>
            <numerusform>已加载 %n 个事件；还可加载更早的事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n event(s).</source>
        <translation>
            <numerusform>全部 %n 个事件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinePane</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n 个工作节点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 workers (autoscale)</source>
        <translation>%1–%2 个工作节点（自动缩放）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Files matching</source>
        <translation>匹配的文件</translation>
    </message>
    <message>
        <source>Pipeline details</source>
        <translation>管道详细信息</translation>
    </message>
    <message>
        <source>Pipeline settings</source>
        <translation>管道设置</translation>
    </message>
    <message>
        <source>Updates of the pipeline</source>
        <translation>管道的更新</translation>
    </message>
    <message>
        <source>This pipeline has not run yet.</source>
        <translation>此管道尚未运行。</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>事件(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Update of %1 — %2, %3</source>
        <translation>%1 的更新 — %2，%3</translation>
    </message>
    <message>
        <source>Pipeline ID</source>
        <translation>管道 ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>运行身份</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Catalog and schema</source>
        <translation>目录和架构</translation>
    </message>
    <message>
        <source>Target schema</source>
        <translation>目标架构</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Photon</source>
        <translation>Photon</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>无服务器</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineStates</name>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>正在部署</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation>正在重置</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Waiting for resources</source>
        <translation>正在等待资源</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>正在初始化</translation>
    </message>
    <message>
        <source>Setting up tables</source>
        <translation>正在设置表</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>连续</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>已触发</translation>
    </message>
    <message>
        <source>development</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>production</source>
        <translation>生产</translation>
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
        <translation>开始时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Validation only</source>
        <translation>仅验证</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n 个表</numerusform>
        </translation>
    </message>
    <message>
        <source>Full refresh</source>
        <translation>完全刷新</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>所有表</translation>
    </message>
    <message>
        <source>API call</source>
        <translation>API 调用</translation>
    </message>
    <message>
        <source>User action</source>
        <translation>用户操作</translation>
    </message>
    <message>
        <source>Job task</source>
        <translation>作业任务</translation>
    </message>
    <message>
        <source>Retry on failure</source>
        <translation>失败时重试</translation>
    </message>
    <message>
        <source>Schema change</source>
        <translation>架构更改</translation>
    </message>
    <message>
        <source>Service upgrade</source>
        <translation>服务升级</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinesActions</name>
    <message>
        <source>&amp;Start…</source>
        <translation>启动(&amp;S)…</translation>
    </message>
    <message>
        <source>Start an update: every table, a full refresh, selected tables or validation only</source>
        <translation>启动更新：所有表、完全刷新、所选表或仅验证</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the pipeline&apos;s active update</source>
        <translation>停止管道的活动更新</translation>
    </message>
    <message>
        <source>&amp;New Pipeline…</source>
        <translation>新建管道(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a pipeline from a template in the JSON editor</source>
        <translation>在 JSON 编辑器中从模板创建管道</translation>
    </message>
    <message>
        <source>&amp;Edit Settings…</source>
        <translation>编辑设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the pipeline&apos;s settings as JSON; the changes are shown before they are saved</source>
        <translation>以 JSON 编辑管道设置；保存前会显示更改</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the pipeline and the tables it defines</source>
        <translation>删除管道及其定义的表</translation>
    </message>
    <message>
        <source>Copy Pipeline &amp;ID</source>
        <translation>复制管道 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the pipeline&apos;s id to the clipboard</source>
        <translation>将管道 ID 复制到剪贴板</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
    <message>
        <source>Show the pipeline in the web UI</source>
        <translation>在 Web UI 中显示管道</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>List the pipelines again</source>
        <translation>重新列出管道</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Starting an update of “%1”…</source>
        <translation>正在启动“%1”的更新…</translation>
    </message>
    <message>
        <source>Could not start “%1”</source>
        <translation>无法启动“%1”</translation>
    </message>
    <message>
        <source>Started an update of “%1”.</source>
        <translation>已启动“%1”的更新。</translation>
    </message>
    <message>
        <source>Stop the running update of “%1” in %2?</source>
        <translation>要停止 %2 中“%1”正在运行的更新吗？</translation>
    </message>
    <message>
        <source>Flows that are running stop where they are; tables keep what they wrote so far. The next update goes on from there.</source>
        <translation>正在运行的流将就地停止；表会保留目前已写入的内容。下一次更新将从该处继续。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stopping “%1”…</source>
        <translation>正在停止“%1”…</translation>
    </message>
    <message>
        <source>Could not stop “%1”</source>
        <translation>无法停止“%1”</translation>
    </message>
    <message>
        <source>Stopping “%1”; its update is being canceled.</source>
        <translation>正在停止“%1”；正在取消其更新。</translation>
    </message>
    <message>
        <source>New Pipeline in %1</source>
        <translation>%1 中的新管道</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Created pipeline “%1”.</source>
        <translation>已创建管道“%1”。</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <source>Could not read the pipeline</source>
        <translation>无法读取管道</translation>
    </message>
    <message>
        <source>Edit Pipeline “%1” in %2</source>
        <translation>在 %2 中编辑管道“%1”</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>“%1” has an update running: it goes on with the settings it started with; the next update uses the new ones.</source>
        <translation>“%1”有正在运行的更新：该更新将继续使用其启动时的设置；下一次更新将使用新设置。</translation>
    </message>
    <message>
        <source>Someone changed “%1” after this editor read it, so nothing was saved. Copy your changes, close the editor and edit again to start from their version.</source>
        <translation>此编辑器读取“%1”后有人更改了它，因此未保存任何内容。请复制您的更改，关闭编辑器并重新编辑，以便从对方的版本开始。</translation>
    </message>
    <message>
        <source>Saved the settings of “%1”.</source>
        <translation>已保存“%1”的设置。</translation>
    </message>
    <message>
        <source>Delete pipeline “%1” from %2?</source>
        <translation>要从 %2 中删除管道“%1”吗？</translation>
    </message>
    <message>
        <source>Its settings and update history go, an active update is stopped, and the tables it defines (materialized views, streaming tables and views) are deleted with it. This cannot be undone.</source>
        <translation>其设置和更新历史记录将被删除，活动的更新将被停止，其定义的表（具体化视图、流式表和视图）也将一并删除。此操作无法撤消。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>Could not delete “%1”</source>
        <translation>无法删除“%1”</translation>
    </message>
    <message>
        <source>Deleted pipeline “%1”.</source>
        <translation>已删除管道“%1”。</translation>
    </message>
    <message>
        <source>Copied pipeline id %1.</source>
        <translation>已复制管道 ID %1。</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>无法在浏览器中打开 %1。</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinesBrowser</name>
    <message>
        <source>Pipelines</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>No pipelines here yet. New Pipeline creates one from a template.</source>
        <translation>这里还没有管道。“新建管道”可从模板创建一个。</translation>
    </message>
    <message>
        <source>Pipeline actions</source>
        <translation>管道操作</translation>
    </message>
    <message>
        <source>Filter pipelines by name</source>
        <translation>按名称筛选管道</translation>
    </message>
    <message>
        <source>Could not list the pipelines: %1</source>
        <translation>无法列出管道：%1</translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinesModel</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>运行状况</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>不正常</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>上次更新</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>从未运行</translation>
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
        <translation>管道</translation>
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
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>Add Principal</source>
        <translation>添加主体</translation>
    </message>
    <message>
        <source>Add principal</source>
        <translation>添加主体</translation>
    </message>
    <message>
        <source>Search users, groups and service principals</source>
        <translation>搜索用户、组和服务主体</translation>
    </message>
    <message>
        <source>Matching principals</source>
        <translation>匹配的主体</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜索状态</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Not everything could be searched: %1</source>
        <translation>部分内容无法搜索：%1</translation>
    </message>
    <message>
        <source>No user, group or service principal matches.</source>
        <translation>没有匹配的用户、组或服务主体。</translation>
    </message>
</context>
<context>
    <name>brickdesk::ProfileEditor</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>https://adb-1234567890123456.7.azuredatabricks.net</source>
        <translation>https://adb-1234567890123456.7.azuredatabricks.net</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>个人访问令牌</translation>
    </message>
    <message>
        <source>OAuth (browser sign-in)</source>
        <translation>OAuth（浏览器登录）</translation>
    </message>
    <message>
        <source>OAuth service principal</source>
        <translation>OAuth 服务主体</translation>
    </message>
    <message>
        <source>dapi…</source>
        <translation>dapi…</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>系统代理</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>手动代理</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128</source>
        <translation>http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Only the system&apos;s certificates</source>
        <translation>仅使用系统证书</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>登录方式(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>客户端密钥(&amp;E)：</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>代理 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Extra &amp;CA bundle:</source>
        <translation>附加 CA 证书包(&amp;C)：</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Stored in the keychain — type to replace</source>
        <translation>已存储在密钥环中 — 输入新值以替换</translation>
    </message>
    <message>
        <source>Create a token under Settings → Developer → Access tokens in the workspace. It is kept in the system keychain.</source>
        <translation>请在工作区的“设置 → 开发人员 → 访问令牌”下创建令牌。令牌保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Brickdesk opens your browser to sign in. The refresh token is kept in the system keychain.</source>
        <translation>Brickdesk 会打开浏览器进行登录。刷新令牌保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>The service principal&apos;s OAuth secret is kept in the system keychain.</source>
        <translation>服务主体的 OAuth 密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Extra CA Bundle</source>
        <translation>附加 CA 证书包</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>brickdesk::ProfileListModel</name>
    <message>
        <source>no host</source>
        <translation>无主机</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 · from environment variables</source>
        <translation>%1 · 来自环境变量</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · 来自 %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::PutSecretDialog</name>
    <message>
        <source>The file has %1; a secret holds at most %2.</source>
        <translation>该文件大小为 %1；密钥最多可容纳 %2。</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation>从文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Put Secret in “%1” — %2</source>
        <translation>将密钥写入“%1” — %2</translation>
    </message>
    <message>
        <source>Replace “%1” in “%2” — %3</source>
        <translation>替换“%2”中的“%1” — %3</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>e.g. jdbc-password</source>
        <translation>例如 jdbc-password</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>密钥值</translation>
    </message>
    <message>
        <source>Hidden while Show is off</source>
        <translation>关闭“显示”时隐藏</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>显示值</translation>
    </message>
    <message>
        <source>Read the value from a file</source>
        <translation>从文件读取值</translation>
    </message>
    <message>
        <source>Put</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>The value has %1; a secret holds at most %2.</source>
        <translation>该值大小为 %1；密钥最多可容纳 %2。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Secret Value From File</source>
        <translation>从文件读取密钥值</translation>
    </message>
    <message>
        <source>Could not use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>The value is the bytes of %1 (%2).</source>
        <translation>该值为 %1 的字节内容（%2）。</translation>
    </message>
</context>
<context>
    <name>brickdesk::RepairRunDialog</name>
    <message>
        <source>Rerun &amp;all failed tasks</source>
        <translation>重新运行所有失败的任务(&amp;A)</translation>
    </message>
    <message>
        <source>Also rerun &amp;dependent tasks</source>
        <translation>同时重新运行依赖任务(&amp;D)</translation>
    </message>
    <message>
        <source>Repair Run #%1 of %2</source>
        <translation>修复 %2 的运行 #%1</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>修复(&amp;R)</translation>
    </message>
    <message>
        <source>Repair the run</source>
        <translation>修复运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tasks to rerun</source>
        <translation>要重新运行的任务</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rerun all failed tasks</source>
        <translation>重新运行所有失败的任务</translation>
    </message>
    <message>
        <source>Lets the server pick every failed task (rerun_all_failed_tasks) instead of the checked ones.</source>
        <translation>由服务器选取所有失败的任务（rerun_all_failed_tasks），而不是勾选的任务。</translation>
    </message>
    <message>
        <source>Also rerun dependent tasks</source>
        <translation>同时重新运行依赖任务</translation>
    </message>
    <message>
        <source>Tasks downstream of a rerun task run again too.</source>
        <translation>重新运行的任务的下游任务也会再次运行。</translation>
    </message>
    <message>
        <source>Tasks that will rerun</source>
        <translation>将重新运行的任务</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>A repair does not carry the run&apos;s parameters over; these are the run&apos;s and are sent again.</source>
        <translation>修复不会沿用运行的参数；以下是该运行的参数，将再次发送。</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>正在修复…</translation>
    </message>
    <message>
        <source>The repair did not start: %1</source>
        <translation>修复未启动：%1</translation>
    </message>
</context>
<context>
    <name>brickdesk::RequestPreview</name>
    <message>
        <source>Request &amp;preview (%1)</source>
        <translation>请求预览(&amp;P)（%1）</translation>
    </message>
    <message>
        <source>Show the request that will be sent</source>
        <translation>显示将要发送的请求</translation>
    </message>
    <message>
        <source>Request body as JSON</source>
        <translation>JSON 格式的请求正文</translation>
    </message>
</context>
<context>
    <name>brickdesk::ResizeClusterDialog</name>
    <message>
        <source>&amp;Fixed size</source>
        <translation>固定大小(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Autoscale</source>
        <translation>自动缩放(&amp;A)</translation>
    </message>
    <message>
        <source>Resize “%1” in %2</source>
        <translation>在 %2 中调整“%1”的大小</translation>
    </message>
    <message>
        <source>Fixed size</source>
        <translation>固定大小</translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation>自动缩放</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <source> workers</source>
        <translation> 个工作节点</translation>
    </message>
    <message>
        <source>Fewest workers</source>
        <translation>最少工作节点数</translation>
    </message>
    <message>
        <source>Most workers</source>
        <translation>最多工作节点数</translation>
    </message>
    <message>
        <source>Workers are added or removed while “%1” runs; what runs on it goes on.</source>
        <translation>在“%1”运行期间添加或移除工作节点；其上运行的内容会继续运行。</translation>
    </message>
    <message>
        <source>“%1” is %2: the new size is saved and used when it next starts.</source>
        <translation>“%1”当前状态为%2：新大小将被保存，并在下次启动时使用。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>个工作节点</translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation>调整大小(&amp;R)</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>调整大小</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The fewest workers cannot be more than the most workers.</source>
        <translation>最少工作节点数不能大于最多工作节点数。</translation>
    </message>
</context>
<context>
    <name>brickdesk::ResourceListView</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>这里还没有内容。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not list them: %1</source>
        <translation>无法列出：%1</translation>
    </message>
    <message>
        <source>Could not list them.</source>
        <translation>无法列出。</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>没有与筛选条件匹配的项。</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunDurationsChart</name>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Run durations</source>
        <translation>运行耗时</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>目前已 %1</translation>
    </message>
    <message>
        <source>Run %1
Started %2
Duration %3
%4</source>
        <translation>运行 %1
开始 %2
耗时 %3
%4</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>尚无运行。</translation>
    </message>
    <message>
        <source>Run %1 on %2: %3, %4.</source>
        <translation>%2 的运行 %1：%3，%4。</translation>
    </message>
    <message>
        <source>Duration (%1)</source>
        <translation>耗时（%1）</translation>
    </message>
    <message>
        <source>No runs yet.
Runs of this job will show here with how long they took.</source>
        <translation>尚无运行。
此作业的运行及其耗时将显示在这里。</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunNowDialog</name>
    <message>
        <source>Run Now with Different Settings — %1</source>
        <translation>使用其他设置立即运行 — %1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the job now</source>
        <translation>立即运行作业</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>This job takes no parameters.</source>
        <translation>此作业不接受参数。</translation>
    </message>
    <message>
        <source>An older job: parameters are passed per task type. Only values that differ from the tasks&apos; own are sent.</source>
        <translation>较旧的作业：参数按任务类型传递。仅发送与任务自身值不同的值。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Tasks to run</source>
        <translation>要运行的任务</translation>
    </message>
    <message>
        <source>Runs only the checked tasks; with all of them checked the whole job runs.</source>
        <translation>仅运行勾选的任务；全部勾选时运行整个作业。</translation>
    </message>
    <message>
        <source>&amp;Full refresh of the pipeline tasks (recompute every table from scratch)</source>
        <translation>完全刷新管道任务(&amp;F)（从头重新计算每个表）</translation>
    </message>
    <message>
        <source>Full refresh of the pipeline tasks</source>
        <translation>完全刷新管道任务</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>The run did not start: %1</source>
        <translation>运行未启动：%1</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunPane</name>
    <message>
        <source>Open in Browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Notebook result</source>
        <translation>笔记本结果</translation>
    </message>
    <message>
        <source>Error and error trace</source>
        <translation>错误和错误跟踪</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Open the run in the browser</source>
        <translation>在浏览器中打开运行</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>无法在浏览器中打开 %1。</translation>
    </message>
    <message>
        <source>Select a task on the timeline to see its output.</source>
        <translation>在时间线上选择一个任务以查看其输出。</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>无法读取运行：%1</translation>
    </message>
    <message>
        <source>Could not read run %1: %2</source>
        <translation>无法读取运行 %1：%2</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>运行 %1 · %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>耗时 %1</translation>
    </message>
    <message>
        <source>trigger: %1</source>
        <translation>触发器：%1</translation>
    </message>
    <message numerus="yes">
        <source>repaired %n time(s)</source>
        <translation>
            <numerusform>已修复 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation>%1 的输出</translation>
    </message>
    <message>
        <source>Reading the output…</source>
        <translation>正在读取输出…</translation>
    </message>
    <message>
        <source>Could not read the output: %1</source>
        <translation>无法读取输出：%1</translation>
    </message>
    <message>
        <source>The notebook result was cut off: the API returns its first 5 MB.</source>
        <translation>笔记本结果被截断：API 只返回其前 5 MB。</translation>
    </message>
    <message>
        <source>The logs were cut off: the API returns their last 5 MB.</source>
        <translation>日志被截断：API 只返回其最后 5 MB。</translation>
    </message>
    <message>
        <source>The task is still running; its output appears when it has some.</source>
        <translation>任务仍在运行；有输出时会显示。</translation>
    </message>
    <message>
        <source>This task left no output. A notebook gives a result only when it calls dbutils.notebook.exit(); the full notebook output is in the browser.</source>
        <translation>此任务没有留下输出。笔记本只有在调用 dbutils.notebook.exit() 时才会给出结果；完整的笔记本输出请在浏览器中查看。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunTimelineView</name>
    <message>
        <source>Task run timeline</source>
        <translation>任务运行时间线</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>状态：%1（%2）</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>已运行 %1</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>耗时 %1</translation>
    </message>
    <message>
        <source>Setup %1, execution %2, cleanup %3</source>
        <translation>设置 %1，执行 %2，清理 %3</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>尝试 %1</translation>
    </message>
    <message>
        <source>Task run %1</source>
        <translation>任务运行 %1</translation>
    </message>
    <message>
        <source>No task runs yet.</source>
        <translation>尚无任务运行。</translation>
    </message>
    <message>
        <source>%1, running</source>
        <translation>%1，正在运行</translation>
    </message>
    <message>
        <source>Task runs: %1.</source>
        <translation>任务运行：%1。</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>已选择：%1。</translation>
    </message>
    <message>
        <source>%1: %2, not started.</source>
        <translation>%1：%2，未开始。</translation>
    </message>
    <message>
        <source>%1: %2, started %3, %4.</source>
        <translation>%1：%2，开始于 %3，%4。</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunsModel</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>运行 ID</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>启动者</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>From another job</source>
        <translation>来自其他作业</translation>
    </message>
    <message>
        <source>File arrival</source>
        <translation>文件到达</translation>
    </message>
    <message>
        <source>Table update</source>
        <translation>表更新</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>连续</translation>
    </message>
</context>
<context>
    <name>brickdesk::ScopeAclModel</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>服务主体</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>users (all workspace users)</source>
        <translation>users（所有工作区用户）</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
</context>
<context>
    <name>brickdesk::ScopeAclPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>更改(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Scope permissions</source>
        <translation>范围权限</translation>
    </message>
    <message>
        <source>Add a principal to the scope&apos;s permissions</source>
        <translation>向范围权限添加主体</translation>
    </message>
    <message>
        <source>Change the selected principal&apos;s permission</source>
        <translation>更改所选主体的权限</translation>
    </message>
    <message>
        <source>Remove the selected principal&apos;s permission</source>
        <translation>移除所选主体的权限</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Could not list who may use “%1”: %2</source>
        <translation>无法列出可使用“%1”的主体：%2</translation>
    </message>
    <message>
        <source>Azure Key Vault %1
%2
Its secrets are managed in Azure and cannot be put or deleted here; who may read them is set below.</source>
        <translation>Azure Key Vault %1
%2
其密钥在 Azure 中管理，无法在此处写入或删除；可读取这些密钥的主体在下方设置。</translation>
    </message>
    <message>
        <source>Backed by Databricks.</source>
        <translation>由 Databricks 支持。</translation>
    </message>
    <message>
        <source>Giving %1 %2 on “%3”…</source>
        <translation>正在授予 %1 对“%3”的%2权限…</translation>
    </message>
    <message>
        <source>%1 now has %2 on “%3”.</source>
        <translation>%1 现在拥有对“%3”的%2权限。</translation>
    </message>
    <message>
        <source>Remove %1&apos;s access to scope “%2” in workspace “%3”?</source>
        <translation>要移除 %1 对工作区“%3”中范围“%2”的访问权限吗？</translation>
    </message>
    <message>
        <source>Jobs and clusters that run as %1 can no longer read the scope&apos;s secrets, unless a group gives them access.</source>
        <translation>以 %1 身份运行的作业和集群将无法再读取该范围的密钥，除非某个组授予它们访问权限。</translation>
    </message>
    <message>
        <source>Remove Access</source>
        <translation>移除访问权限</translation>
    </message>
    <message>
        <source>Removing %1 from “%2”…</source>
        <translation>正在从“%2”中移除 %1…</translation>
    </message>
    <message>
        <source>%1 no longer has access to “%2”.</source>
        <translation>%1 不再拥有对“%2”的访问权限。</translation>
    </message>
    <message>
        <source>The permission was not changed: %1</source>
        <translation>权限未更改：%1</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretNames</name>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>名称长度为 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>The name cannot contain %1. %2</source>
        <translation>名称不能包含%1。%2</translation>
    </message>
    <message>
        <source>Use letters, digits, “-”, “_”, “.” and “@”.</source>
        <translation>请使用字母、数字、“-”、“_”、“.”和“@”。</translation>
    </message>
    <message>
        <source>Use letters, digits, “-”, “_” and “.”.</source>
        <translation>请使用字母、数字、“-”、“_”和“.”。</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretUsageIndex</name>
    <message>
        <source>Jobs could not be read: %1</source>
        <translation>无法读取作业：%1</translation>
    </message>
    <message>
        <source>Clusters could not be read: %1</source>
        <translation>无法读取集群：%1</translation>
    </message>
    <message>
        <source>Pipelines could not be read: %1</source>
        <translation>无法读取管道：%1</translation>
    </message>
    <message>
        <source>Secret scopes could not be read: %1</source>
        <translation>无法读取密钥范围：%1</translation>
    </message>
    <message>
        <source>Pipeline “%1” could not be read: %2</source>
        <translation>无法读取管道“%1”：%2</translation>
    </message>
    <message>
        <source>Keys of scope “%1” could not be listed: %2</source>
        <translation>无法列出范围“%1”的键：%2</translation>
    </message>
    <message>
        <source>Looking through jobs, clusters and pipelines…</source>
        <translation>正在检查作业、集群和管道…</translation>
    </message>
    <message>
        <source>Read %1 jobs, %2 clusters and %3 of %4 pipelines…</source>
        <translation>已读取 %1 个作业、%2 个集群和 %3/%4 个管道…</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretUsageModel</name>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>%1 %2 (id %3)</source>
        <translation>%1 %2（ID %3）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretUsagePanel</name>
    <message>
        <source>1 job</source>
        <translation>1 个作业</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 个作业</translation>
    </message>
    <message>
        <source>1 cluster</source>
        <translation>1 个集群</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 个集群</translation>
    </message>
    <message>
        <source>1 pipeline</source>
        <translation>1 个管道</translation>
    </message>
    <message>
        <source>%1 pipelines</source>
        <translation>%1 个管道</translation>
    </message>
    <message>
        <source>Not referenced by any job, cluster or pipeline</source>
        <translation>未被任何作业、集群或管道引用</translation>
    </message>
    <message>
        <source>Used by %1</source>
        <translation>被 %1 使用</translation>
    </message>
    <message>
        <source>Used by %1 and %2</source>
        <translation>被 %1 和 %2 使用</translation>
    </message>
    <message>
        <source>Used by %1, %2 and %3</source>
        <translation>被 %1、%2 和 %3 使用</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Secret usage</source>
        <translation>密钥使用情况</translation>
    </message>
    <message>
        <source>Usage summary</source>
        <translation>使用摘要</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>无法读取的内容</translation>
    </message>
    <message>
        <source>Refresh usage</source>
        <translation>刷新使用情况</translation>
    </message>
    <message>
        <source>Jobs, clusters and pipelines using the secret</source>
        <translation>使用该密钥的作业、集群和管道</translation>
    </message>
    <message>
        <source>Not everything could be read, so this may be incomplete:
%1</source>
        <translation>部分内容无法读取，因此此结果可能不完整：
%1</translation>
    </message>
    <message>
        <source>Looking through jobs, clusters and pipelines…</source>
        <translation>正在检查作业、集群和管道…</translation>
    </message>
    <message>
        <source>No references to keys that do not exist</source>
        <translation>没有对不存在的键的引用</translation>
    </message>
    <message>
        <source>1 reference to a key that does not exist</source>
        <translation>1 个对不存在的键的引用</translation>
    </message>
    <message>
        <source>%1 references to keys that do not exist</source>
        <translation>%1 个对不存在的键的引用</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretValueCopier</name>
    <message>
        <source>Copy the value of “%1” in scope “%2” to the clipboard?</source>
        <translation>要将范围“%2”中“%1”的值复制到剪贴板吗？</translation>
    </message>
    <message numerus="yes">
        <source>Any application can read the clipboard. Brickdesk clears it again after %n second(s) if the value is still there.</source>
        <translation>
            <numerusform>任何应用程序都可以读取剪贴板。如果值仍在剪贴板中，Brickdesk 会在 %n 秒后将其清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Reading the value of “%1”…</source>
        <translation>正在读取“%1”的值…</translation>
    </message>
    <message>
        <source>This workspace does not let secret values be read through the API (it answered BAD_REQUEST). Read it from a notebook with dbutils.secrets.get instead.</source>
        <translation>此工作区不允许通过 API 读取密钥值（返回了 BAD_REQUEST）。请改为在笔记本中使用 dbutils.secrets.get 读取。</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of “%1” as base64; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>已将“%1”的值以 base64 形式复制；剪贴板将在 %n 秒后清除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of “%1”; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>已复制“%1”的值；剪贴板将在 %n 秒后清除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsActions</name>
    <message>
        <source>New &amp;Scope…</source>
        <translation>新建范围(&amp;S)…</translation>
    </message>
    <message>
        <source>Create a secret scope</source>
        <translation>创建密钥范围</translation>
    </message>
    <message>
        <source>&amp;Put Secret…</source>
        <translation>写入密钥(&amp;P)…</translation>
    </message>
    <message>
        <source>Put a secret in the scope</source>
        <translation>将密钥写入该范围</translation>
    </message>
    <message>
        <source>Delete Scope…</source>
        <translation>删除范围…</translation>
    </message>
    <message>
        <source>Delete the scope</source>
        <translation>删除该范围</translation>
    </message>
    <message>
        <source>&amp;Delete Secret…</source>
        <translation>删除密钥(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected secret</source>
        <translation>删除所选密钥</translation>
    </message>
    <message>
        <source>Copy &amp;Reference</source>
        <translation>复制引用(&amp;R)</translation>
    </message>
    <message>
        <source>Copy {{secrets/scope/key}}, as job and cluster settings name it</source>
        <translation>复制 {{secrets/scope/key}}，即作业和集群设置中引用它的形式</translation>
    </message>
    <message>
        <source>Copy &amp;Value…</source>
        <translation>复制值(&amp;V)…</translation>
    </message>
    <message>
        <source>Put the value on the clipboard for 30 seconds</source>
        <translation>将值放到剪贴板上 30 秒</translation>
    </message>
    <message>
        <source>Permissions…</source>
        <translation>权限…</translation>
    </message>
    <message>
        <source>Who may read, write or manage every scope, in one table</source>
        <translation>在一个表中查看谁可以读取、写入或管理每个范围</translation>
    </message>
    <message>
        <source>Where Used…</source>
        <translation>使用位置…</translation>
    </message>
    <message>
        <source>Jobs, clusters and pipelines that use secrets, and references to keys that do not exist</source>
        <translation>使用密钥的作业、集群和管道，以及对不存在的键的引用</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>List the scopes and opened scopes&apos; keys again</source>
        <translation>重新列出范围及已展开范围的键</translation>
    </message>
    <message>
        <source>Secrets of an Azure Key Vault scope are managed in Azure.</source>
        <translation>Azure Key Vault 范围的密钥在 Azure 中管理。</translation>
    </message>
    <message>
        <source>Creating scope “%1”…</source>
        <translation>正在创建范围“%1”…</translation>
    </message>
    <message>
        <source>Created scope “%1”.</source>
        <translation>已创建范围“%1”。</translation>
    </message>
    <message>
        <source>Could not create the scope: %1</source>
        <translation>无法创建范围：%1</translation>
    </message>
    <message>
        <source>Counting the secrets in “%1”…</source>
        <translation>正在统计“%1”中的密钥…</translation>
    </message>
    <message>
        <source>Could not list the secrets of “%1”: %2</source>
        <translation>无法列出“%1”的密钥：%2</translation>
    </message>
    <message>
        <source>Delete the empty scope “%1” from workspace “%2”?</source>
        <translation>要从工作区“%2”中删除空范围“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <source>Delete scope “%1” and its %n secret(s) from workspace “%2”?</source>
        <translation>
            <numerusform>要从工作区“%2”中删除范围“%1”及其中的 %n 个密钥吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs, clusters and pipelines that read these secrets will fail. This cannot be undone.</source>
        <translation>读取这些密钥的作业、集群和管道将会失败。此操作无法撤消。</translation>
    </message>
    <message>
        <source>Delete Scope</source>
        <translation>删除范围</translation>
    </message>
    <message>
        <source>Deleting scope “%1”…</source>
        <translation>正在删除范围“%1”…</translation>
    </message>
    <message>
        <source>Deleted scope “%1”.</source>
        <translation>已删除范围“%1”。</translation>
    </message>
    <message>
        <source>Could not delete the scope: %1</source>
        <translation>无法删除范围：%1</translation>
    </message>
    <message>
        <source>Replace the value of “%1” in scope “%2” of workspace “%3”?</source>
        <translation>要替换工作区“%3”的范围“%2”中“%1”的值吗？</translation>
    </message>
    <message>
        <source>The key exists. Its current value is overwritten and cannot be recovered.</source>
        <translation>该键已存在。其当前值将被覆盖且无法恢复。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Putting “%1” in “%2”…</source>
        <translation>正在将“%1”写入“%2”…</translation>
    </message>
    <message>
        <source>Put “%1” in “%2”.</source>
        <translation>已将“%1”写入“%2”。</translation>
    </message>
    <message>
        <source>The secret was not put: %1</source>
        <translation>未写入密钥：%1</translation>
    </message>
    <message>
        <source>Delete secret “%1” from scope “%2” in workspace “%3”?</source>
        <translation>要从工作区“%3”的范围“%2”中删除密钥“%1”吗？</translation>
    </message>
    <message>
        <source>No job, cluster or pipeline that Brickdesk looked at uses it. This cannot be undone.</source>
        <translation>Brickdesk 检查过的作业、集群和管道均未使用它。此操作无法撤消。</translation>
    </message>
    <message numerus="yes">
        <source>It is used by %n thing(s), which will fail when they next start: %1. This cannot be undone.</source>
        <translation>
            <numerusform>有 %n 个项目正在使用它，它们下次启动时将会失败：%1。此操作无法撤消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Secret</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>Deleted “%1” from “%2”.</source>
        <translation>已从“%2”中删除“%1”。</translation>
    </message>
    <message>
        <source>The secret was not deleted: %1</source>
        <translation>未删除密钥：%1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsBrowser</name>
    <message>
        <source>Select a scope or a key</source>
        <translation>请选择范围或键</translation>
    </message>
    <message>
        <source>A scope shows who may read, write or manage it; a key shows the reference to use in settings and where it is used.</source>
        <translation>范围会显示谁可以读取、写入或管理它；键会显示在设置中使用的引用及其使用位置。</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>Secret References — %1</source>
        <translation>密钥引用 — %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Backend / Updated</source>
        <translation>后端 / 更新时间</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>距今时间</translation>
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
        <translation>不到 1 天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure Key Vault scope backed by %1 (%2).
Its secrets are managed in Azure: they cannot be put or deleted here.</source>
        <translation>由 %1（%2）支持的 Azure Key Vault 范围。
其密钥在 Azure 中管理：无法在此处写入或删除。</translation>
    </message>
    <message>
        <source>Databricks-backed scope “%1”</source>
        <translation>由 Databricks 支持的范围“%1”</translation>
    </message>
    <message>
        <source>Secret scope, %1</source>
        <translation>密钥范围，%1</translation>
    </message>
    <message numerus="yes">
        <source>Not updated for more than %n day(s): consider rotating it.</source>
        <translation>
            <numerusform>已超过 %n 天未更新：请考虑轮换。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Secret, not updated for more than %n day(s)</source>
        <translation>
            <numerusform>密钥，已超过 %n 天未更新</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation>密钥</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsView</name>
    <message>
        <source>Secret scopes</source>
        <translation>密钥范围</translation>
    </message>
    <message>
        <source>This workspace has no secret scopes yet. Create one with New Scope.</source>
        <translation>此工作区还没有密钥范围。请使用“新建范围”创建一个。</translation>
    </message>
</context>
<context>
    <name>brickdesk::SignInBanner</name>
    <message>
        <source>Sign In Again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>Your session for %1 has expired. Sign in again to continue; what you were doing resumes afterwards.</source>
        <translation>您在 %1 的会话已过期。请重新登录以继续；登录后将恢复您之前的操作。</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to %1 in your browser…</source>
        <translation>正在等待您在浏览器中登录 %1…</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>登录 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>brickdesk::StartUpdateDialog</name>
    <message>
        <source>Start Update — %1</source>
        <translation>启动更新 — %1</translation>
    </message>
    <message>
        <source>Start an update of %1</source>
        <translation>启动 %1 的更新</translation>
    </message>
    <message>
        <source>&amp;Refresh all tables</source>
        <translation>刷新所有表(&amp;R)</translation>
    </message>
    <message>
        <source>Process what is new in every table</source>
        <translation>处理每个表中的新数据</translation>
    </message>
    <message>
        <source>&amp;Full refresh of all tables</source>
        <translation>完全刷新所有表(&amp;F)</translation>
    </message>
    <message>
        <source>Empty every table and recompute it from all its sources</source>
        <translation>清空每个表并从其所有源重新计算</translation>
    </message>
    <message>
        <source>Refresh &amp;selected tables</source>
        <translation>刷新所选表(&amp;S)</translation>
    </message>
    <message>
        <source>Refresh the tables ticked below, each incrementally or in full</source>
        <translation>刷新下方勾选的表，每个表可增量刷新或完全刷新</translation>
    </message>
    <message>
        <source>&amp;Validate only</source>
        <translation>仅验证(&amp;V)</translation>
    </message>
    <message>
        <source>Check the pipeline&apos;s code and tables without writing anything</source>
        <translation>检查管道的代码和表，不写入任何内容</translation>
    </message>
    <message>
        <source>Tables to refresh</source>
        <translation>要刷新的表</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Full refresh</source>
        <translation>完全刷新</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The tables could not be read: %1</source>
        <translation>无法读取表：%1</translation>
    </message>
    <message>
        <source>The pipeline has not run yet, so its tables are not known: refresh all of them or validate first.</source>
        <translation>该管道尚未运行，因此其表未知：请刷新所有表或先进行验证。</translation>
    </message>
    <message>
        <source>Reading the tables of the latest update…</source>
        <translation>正在读取最近一次更新的表…</translation>
    </message>
    <message>
        <source>Refresh %1 with what is new</source>
        <translation>用新数据刷新 %1</translation>
    </message>
    <message>
        <source>Empty %1 and recompute it</source>
        <translation>清空 %1 并重新计算</translation>
    </message>
    <message>
        <source>The latest update defined no tables.</source>
        <translation>最近一次更新未定义任何表。</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in the latest update.</source>
        <translation>
            <numerusform>最近一次更新中有 %n 个表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one table to refresh.</source>
        <translation>请至少勾选一个要刷新的表。</translation>
    </message>
    <message>
        <source>A full refresh empties every table and recomputes it from all its sources: streaming tables lose data their sources no longer hold, and it takes longer.</source>
        <translation>完全刷新会清空每个表并从其所有源重新计算：流式表会丢失其源中已不再保留的数据，且耗时更长。</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) will be emptied and recomputed from their sources.</source>
        <translation>
            <numerusform>将清空 %n 个表并从其源重新计算。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::StatusLine</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>brickdesk::TaskGraphView</name>
    <message>
        <source>Task graph</source>
        <translation>任务图</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Compute: %1</source>
        <translation>计算：%1</translation>
    </message>
    <message>
        <source>Runs if: %1</source>
        <translation>运行条件：%1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>之后：%1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>状态：%1（%2）</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>耗时：%1</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>无任务。</translation>
    </message>
    <message>
        <source>Tasks: %1.</source>
        <translation>任务：%1。</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>已选择：%1。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, runs first</source>
        <translation>%1，最先运行</translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1，在 %2 之后</translation>
    </message>
    <message>
        <source>%1, runs if %2</source>
        <translation>%1，运行条件为 %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::Transfer</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>brickdesk::TransferModel</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1/%2 字节</translation>
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
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>brickdesk::TransferPanel</name>
    <message>
        <source>Transfers</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the selected transfers</source>
        <translation>取消所选传输</translation>
    </message>
    <message>
        <source>Cancel All</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <source>Cancel every transfer that has not finished</source>
        <translation>取消所有未完成的传输</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Run the failed and cancelled transfers again</source>
        <translation>重新运行失败和已取消的传输</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>清除已完成项</translation>
    </message>
    <message>
        <source>Remove finished transfers from the list</source>
        <translation>从列表中移除已完成的传输</translation>
    </message>
    <message>
        <source>Failures Only</source>
        <translation>仅显示失败项</translation>
    </message>
    <message>
        <source>Show only the transfers that failed</source>
        <translation>仅显示失败的传输</translation>
    </message>
    <message>
        <source>Uploads, downloads, imports and exports appear here.</source>
        <translation>上传、下载、导入和导出会显示在此处。</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个等待中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 个已跳过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 个已取消</numerusform>
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
        <translation>每小时的 %1</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation>每月 %1 日 %2</translation>
    </message>
    <message>
        <source>Monthly on the last day at %1</source>
        <translation>每月最后一天 %1</translation>
    </message>
    <message>
        <source>Cron %1, %2</source>
        <translation>Cron %1，%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>On file arrival</source>
        <translation>文件到达时</translation>
    </message>
    <message>
        <source>On table update</source>
        <translation>表更新时</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>已触发</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>连续</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
</context>
<context>
    <name>brickdesk::UpdateTimeline</name>
    <message>
        <source>No progress recorded yet.</source>
        <translation>尚未记录任何进度。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>— %1 after %2.</source>
        <translation>— %2 后%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s),</source>
        <translation>
            <numerusform>%n 个流，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n 个失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>none failed.</source>
        <translation>无失败。</translation>
    </message>
</context>
<context>
    <name>brickdesk::UpdateTimelineView</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Update timeline</source>
        <translation>更新时间线</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>Still going after %1</source>
        <translation>已进行 %1，仍在继续</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>耗时 %1</translation>
    </message>
    <message>
        <source>The update ended: %1</source>
        <translation>更新已结束：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Queued at %1</source>
        <translation>于 %1 排队</translation>
    </message>
    <message>
        <source>Waited %1 before running</source>
        <translation>运行前等待了 %1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>已运行 %1</translation>
    </message>
    <message>
        <source>Ran for %1</source>
        <translation>运行了 %1</translation>
    </message>
    <message>
        <source>Not running yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>Did not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Output rows: %1</source>
        <translation>输出行数：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Error at %1</source>
        <translation>%1 时出错</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No progress recorded for this update yet.</source>
        <translation>此更新尚未记录任何进度。</translation>
    </message>
    <message>
        <source>Phases and flows</source>
        <translation>阶段和流</translation>
    </message>
</context>
<context>
    <name>brickdesk::UserSignIn</name>
    <message numerus="yes">
        <source>Sign-in timed out: the browser did not come back within %n minute(s).</source>
        <translation>
            <numerusform>登录超时：浏览器未在 %n 分钟内返回。</numerusform>
        </translation>
    </message>
    <message>
        <source>No local port between 8020 and 8040 is free for the sign-in redirect. Close other sign-in windows (the Databricks CLI uses the same ports) and try again.</source>
        <translation>8020 到 8040 之间没有可用于登录重定向的空闲本地端口。请关闭其他登录窗口（Databricks CLI 使用相同的端口），然后重试。</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this sign-in attempt. Try again.</source>
        <translation>登录响应与本次登录尝试不匹配。请重试。</translation>
    </message>
    <message>
        <source>The workspace refused the sign-in: %1</source>
        <translation>工作区拒绝了登录：%1</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>List the selected folder again (F5)</source>
        <translation>重新列出所选文件夹（F5）</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>新建文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Create a folder in the selected folder (Ctrl+Shift+N)</source>
        <translation>在所选文件夹中新建文件夹（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected objects from the workspace (Del)</source>
        <translation>从工作区中删除所选对象（Del）</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>复制路径(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the workspace path of the selection (Ctrl+Shift+C)</source>
        <translation>复制所选项的工作区路径（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
    <message>
        <source>Open the selected object in the workspace web UI</source>
        <translation>在工作区 Web 界面中打开所选对象</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import files or notebooks into the selected folder (Ctrl+I)</source>
        <translation>将文件或笔记本导入到所选文件夹（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected objects (Ctrl+E)</source>
        <translation>导出所选对象（Ctrl+E）</translation>
    </message>
    <message>
        <source>Creating the folder “%1”…</source>
        <translation>正在创建文件夹“%1”…</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”: %2</source>
        <translation>无法创建文件夹“%1”：%2</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>无法在浏览器中打开 %1。</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceConnector</name>
    <message>
        <source>The keychain refused to give out the secret: %1</source>
        <translation>密钥环拒绝提供凭据：%1</translation>
    </message>
    <message>
        <source>No personal access token is stored for “%1”. Edit the connection and enter one.</source>
        <translation>没有为“%1”存储个人访问令牌。请编辑该连接并输入令牌。</translation>
    </message>
    <message>
        <source>The service principal&apos;s client id or secret is missing for “%1”.</source>
        <translation>“%1”缺少服务主体的客户端 ID 或密钥。</translation>
    </message>
    <message>
        <source>Signing in needs a web browser, and none is available.</source>
        <translation>登录需要 Web 浏览器，但没有可用的浏览器。</translation>
    </message>
    <message>
        <source>This connection cannot sign in through the browser.</source>
        <translation>此连接无法通过浏览器登录。</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceDeleter</name>
    <message numerus="yes">
        <source>Counting what is in “%1”… %n found</source>
        <translation>
            <numerusform>正在统计“%1”中的内容… 已找到 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting what is in “%1”…</source>
        <translation>正在统计“%1”中的内容…</translation>
    </message>
    <message>
        <source>Delete the empty folder “%1” from workspace “%2”?</source>
        <translation>要从工作区“%2”中删除空文件夹“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n objects in it from workspace “%2”?</source>
        <translation>
            <numerusform>要从工作区“%2”中删除文件夹“%1”及其中的 %n 个对象吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the notebook “%1” from workspace “%2”?</source>
        <translation>要从工作区“%2”中删除笔记本“%1”吗？</translation>
    </message>
    <message>
        <source>Delete the file “%1” from workspace “%2”?</source>
        <translation>要从工作区“%2”中删除文件“%1”吗？</translation>
    </message>
    <message>
        <source>Delete “%1” from workspace “%2”?</source>
        <translation>要从工作区“%2”中删除“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected objects from workspace “%1”?</source>
        <translation>
            <numerusform>要从工作区“%1”中删除所选的 %n 个对象吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %1 selected objects and the %n objects in their folders from workspace “%2”?</source>
        <translation>
            <numerusform>要从工作区“%2”中删除所选的 %1 个对象及其文件夹中的 %n 个对象吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤消。</translation>
    </message>
    <message>
        <source>Some folders could not be listed, so there may be more objects: %1</source>
        <translation>部分文件夹无法列出，因此可能还有更多对象：%1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n objects…</source>
        <translation>
            <numerusform>正在删除 %n 个对象…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceExportTransfer</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Skipped: %1 already exists</source>
        <translation>已跳过：%1 已存在</translation>
    </message>
    <message>
        <source>Waiting: %1 already exists</source>
        <translation>等待中：%1 已存在</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Not exported: %1 is larger than the 10 MB the workspace exports</source>
        <translation>未导出：%1 超过了工作区可导出的 10 MB 上限</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>无法导出 %1：%2</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceFolderExport</name>
    <message numerus="yes">
        <source>Listing… %n object(s)</source>
        <translation>
            <numerusform>正在列出… %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>正在列出…</translation>
    </message>
    <message>
        <source>Could not list a folder: %1</source>
        <translation>无法列出文件夹：%1</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n local folder(s)…</source>
        <translation>
            <numerusform>正在创建 %n 个本地文件夹…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the local folder %1</source>
        <translation>无法创建本地文件夹 %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceImportBatch</name>
    <message numerus="yes">
        <source>Import of %n item(s)</source>
        <translation>
            <numerusform>导入 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating %n folder(s)…</source>
        <translation>
            <numerusform>正在创建 %n 个文件夹…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message numerus="yes">
        <source>Could not create %n folder(s): %1</source>
        <translation>
            <numerusform>无法创建 %n 个文件夹：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceImportTransfer</name>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Notebook is %1 MB (%2 MB encoded); the workspace accepts at most 10 MB</source>
        <translation>笔记本大小为 %1 MB（编码后 %2 MB）；工作区最多接受 10 MB</translation>
    </message>
    <message>
        <source>Replacing %1…</source>
        <translation>正在替换 %1…</translation>
    </message>
    <message>
        <source>A folder exists at %1; it cannot be replaced by a file</source>
        <translation>%1 处已有文件夹；无法用文件替换</translation>
    </message>
    <message>
        <source>Skipped: exists at %1</source>
        <translation>已跳过：%1 处已存在</translation>
    </message>
    <message>
        <source>Waiting: %1 already exists</source>
        <translation>等待中：%1 已存在</translation>
    </message>
    <message>
        <source>A DBC archive cannot replace %1; remove it first or import under another name</source>
        <translation>DBC 存档无法替换 %1；请先将其移除，或以其他名称导入</translation>
    </message>
    <message>
        <source>Looking for a free name…</source>
        <translation>正在查找可用名称…</translation>
    </message>
    <message>
        <source>No free name for %1</source>
        <translation>没有可用于 %1 的名称</translation>
    </message>
    <message>
        <source>Creating folder %1…</source>
        <translation>正在创建文件夹 %1…</translation>
    </message>
    <message>
        <source>Could not create the folder for %1: %2</source>
        <translation>无法为 %1 创建文件夹：%2</translation>
    </message>
    <message>
        <source>Notebook is %1 MB; the workspace accepts at most 10 MB</source>
        <translation>笔记本大小为 %1 MB；工作区最多接受 10 MB</translation>
    </message>
    <message>
        <source>No permission to write %1: %2</source>
        <translation>没有写入 %1 的权限：%2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Git folder</source>
        <translation>Git 文件夹</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>MLflow experiment</source>
        <translation>MLflow 实验</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
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
        <translation>工作区</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspacePane</name>
    <message>
        <source>%1 (demo, %2)</source>
        <translation>%1（演示，%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>无法连接到 %1</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1：未连接</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceTransfers</name>
    <message numerus="yes">
        <source>Importing %n item(s) into %1…</source>
        <translation>
            <numerusform>正在将 %n 个项目导入到 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>正在将 %1 导出到 %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n object(s) to %1…</source>
        <translation>
            <numerusform>正在将 %n 个对象导出到 %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) into %1</source>
        <translation>
            <numerusform>已将 %n 个项目导入到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 个已跳过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see Transfers)</source>
        <translation>
            <numerusform>%n 个失败（请参阅“传输”）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceView</name>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>此文件夹为空。</translation>
    </message>
</context>
<context>
    <name>brickdesk::emulator::EmulatorClock</name>
    <message>
        <source>Invalid time scale: %1 (expected a number greater than 0, e.g. 10, 0.5 or 1/60)</source>
        <translation>无效的时间倍率：%1（应为大于 0 的数字，例如 10、0.5 或 1/60）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open a local demo workspace with sample content (no account needed).</source>
        <translation>打开包含示例内容的本地演示工作区（无需账户）。</translation>
    </message>
    <message>
        <source>Native desktop console for Databricks workspaces.

Without --demo, Brickdesk reopens the workspaces that were open at the last quit, and the workspace named by the DATABRICKS_HOST and DATABRICKS_TOKEN (or DATABRICKS_CONFIG_PROFILE) environment variables.</source>
        <translation>适用于 Databricks 工作区的原生桌面控制台。

不使用 --demo 时，Brickdesk 会重新打开上次退出时处于打开状态的工作区，以及由 DATABRICKS_HOST 和 DATABRICKS_TOKEN（或 DATABRICKS_CONFIG_PROFILE）环境变量指定的工作区。</translation>
    </message>
</context>
</TS>
