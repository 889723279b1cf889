#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora (tests/fuzz/corpus/<target>/) from
the inputs the unit tests use. Regression inputs found by fuzzing are kept
as files named regress-*; this script never deletes them."""
import base64, io, json, os, urllib.parse, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

def put(target, name, data):
    d = os.path.join(HERE, 'corpus', target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data)

# API error bodies; the first byte picks the status (400 + b % 200).
bodies = {
    'canonical': '{"error_code":"RESOURCE_DOES_NOT_EXIST","message":"Path (/x) does not exist."}',
    'details': '{"error_code":"INVALID_STATE","message":"m","details":[{"@type":"type.googleapis.com/google.rpc.RequestInfo","request_id":"01ef-42","serving_data":""}]}',
    'intcode': '{"error_code":403,"message":"Invalid access token."}',
    'messageonly': '{"message":"Too many requests"}',
    'errorkey': '{"error":"invalid_client","error_description":"Client authentication failed"}',
    'scim': '{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"detail":"User not found","status":"404"}',
    'plain': 'INVALID_PARAMETER_VALUE: Cluster 0123 does not exist',
    'htmlpre': '<html><body><h2>Error 503</h2><pre>Service Unavailable</pre></body></html>',
    'jetty': '<html><head><title>Error 500 Server Error</title></head><body><h2>HTTP ERROR 500</h2><p>Problem accessing /api/2.0/x. Reason:<pre>    Server Error</pre></p></body></html>',
    'empty': '',
}
for i, (name, body) in enumerate(bodies.items()):
    put('apierror', name, bytes([i * 7 % 200]) + body.encode())

# 64-bit ids.
for name, v in {'big': '9007199254740993', 'max': '9223372036854775807', 'over': '9223372036854775808',
                'neg': '-42', 'frac': '1.5', 'exp': '1e300', 'string': '"1234567890123456789"',
                'object': '{"job_id":9007199254740993,"resource_id":"9007199254740993"}',
                'bad': '"12a"', 'null': 'null'}.items():
    put('jsonids', name, v)

# JSON response models; first byte selects the reader (b % 13).
models = [
    {'path': '/FileStore/a.csv', 'is_dir': False, 'file_size': 9007199254740993, 'modification_time': 1700000000000},
    {'objects': [{'path': '/Users/a/nb', 'object_type': 'NOTEBOOK', 'language': 'PYTHON', 'object_id': 9007199254740993},
                 {'path': '/Repos/r', 'object_type': 'REPO', 'object_id': '12'}]},
    {'jobs': [{'job_id': 9007199254740993, 'creator_user_name': 'a@b', 'settings': {'name': 'j', 'tasks': [{'task_key': 't'}], 'schedule': {'quartz_cron_expression': '0 0 * * * ?'}}}]},
    {'clusters': [{'cluster_id': '0123-abc', 'cluster_name': 'c', 'state': 'RUNNING', 'spark_version': '13.3.x', 'num_workers': 2, 'autoscale': {'min_workers': 1, 'max_workers': 4}}]},
    {'statuses': [{'pipeline_id': 'p1', 'name': 'p', 'state': 'IDLE', 'latest_updates': [{'update_id': 'u', 'state': 'COMPLETED'}]}]},
    {'pipeline_id': 'p1', 'spec': {'name': 'p', 'libraries': [{'notebook': {'path': '/x'}}], 'continuous': False}, 'state': 'RUNNING'},
    {'events': [{'id': 'e', 'event_type': 'update_progress', 'level': 'INFO', 'timestamp': '2024-01-01T00:00:00.000Z', 'message': 'm', 'origin': {'update_id': 'u'}, 'error': {'exceptions': [{'message': 'x'}]}}]},
    {'scopes': [{'name': 's', 'backend_type': 'DATABRICKS'}, {'name': 'kv', 'backend_type': 'AZURE_KEYVAULT', 'keyvault_metadata': {'resource_id': 'r', 'dns_name': 'd'}}]},
    {'secrets': [{'key': 'k', 'last_updated_timestamp': 1700000000000}]},
    {'items': [{'principal': 'users', 'permission': 'READ'}]},
    {'object_id': '/jobs/1', 'object_type': 'job', 'access_control_list': [{'user_name': 'a@b', 'all_permissions': [{'permission_level': 'CAN_MANAGE', 'inherited': True, 'inherited_from_object': ['/directories/1']}]}, {'group_name': 'admins', 'all_permissions': [{'permission_level': 'IS_OWNER', 'inherited': False}]}]},
    {'id': '1', 'userName': 'a@b', 'displayName': 'A', 'emails': [{'value': 'a@b', 'primary': True}], 'groups': [{'display': 'admins'}]},
    {'version': 'NotebookV1', 'name': 'nb', 'language': 'python', 'commands': [{'command': 'print(1)', 'position': 1.0}, {'command': '%md # T', 'position': 2.0, 'commandTitle': 't'}]},
]
for i, m in enumerate(models):
    put('models', 'model%02d' % i, bytes([i]) + json.dumps(m).encode())

# Notebook SOURCE; first byte selects the language.
put('notebooksource', 'python', b'\x00# Databricks notebook source\nprint(1)\n\n# COMMAND ----------\n\n# MAGIC %md\n# MAGIC # Title\n\n# COMMAND ----------\n\n# DBTITLE 1,Cell title\nx = 2\n')
put('notebooksource', 'scala', b'\x01// Databricks notebook source\nval x = 1\n\n// COMMAND ----------\n\n// MAGIC %sql SELECT 1\n')
put('notebooksource', 'sql', b'\x02-- Databricks notebook source\nSELECT 1\n\n-- COMMAND ----------\n\n-- MAGIC %python\n-- MAGIC print(1)\n')
put('notebooksource', 'r', b'\x03# Databricks notebook source\nx <- 1\n\n# COMMAND ----------\n\n# MAGIC %md\n# MAGIC text\n')
put('notebooksource', 'noheader', b'\x00print("no header")\n')
put('notebooksource', 'crlf', b'\x00# Databricks notebook source\r\nprint(1)\r\n\r\n# COMMAND ----------\r\n\r\nx=1\r\n')

# Jupyter.
nb = {'nbformat': 4, 'nbformat_minor': 5, 'metadata': {'kernelspec': {'name': 'python3', 'language': 'python'}, 'language_info': {'name': 'python'}},
      'cells': [{'cell_type': 'code', 'source': ['print(1)\n', 'x = 2'], 'metadata': {'application/vnd.databricks.v1+cell': {'title': 't'}}, 'outputs': [], 'execution_count': None},
                {'cell_type': 'markdown', 'source': '# Title', 'metadata': {}},
                {'cell_type': 'raw', 'source': 'raw', 'metadata': {}}]}
put('jupyter', 'python', json.dumps(nb))
nb2 = dict(nb, metadata={'language_info': {'name': 'scala'}}, cells=[{'cell_type': 'code', 'source': 'val x = 1', 'metadata': {}}])
put('jupyter', 'scala', json.dumps(nb2))
put('jupyter', 'nbformat3', json.dumps({'nbformat': 3, 'worksheets': []}))
put('jupyter', 'notjson', 'not a notebook')

# HTML export.
def html(model):
    enc = base64.b64encode(urllib.parse.quote(json.dumps(model)).encode()).decode()
    return "<html><head><script>var __DATABRICKS_NOTEBOOK_MODEL = '%s';</script></head><body></body></html>" % enc
put('html', 'python', html(models[12]))
put('html', 'sql', html({'version': 'NotebookV1', 'name': 's', 'language': 'sql', 'commands': [{'command': 'SELECT 1', 'position': 1}]}))
put('html', 'badbase64', "<script>__DATABRICKS_NOTEBOOK_MODEL = 'ab=c';</script>")
put('html', 'none', '<html></html>')

# DBC / ZIP: stored and deflated, a nested folder, a non-notebook entry.
def zipbytes(entries, method):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', method) as z:
        for name, data in entries:
            # A fixed date keeps the files the same on every run.
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, method)
    return buf.getvalue()
nbjson = json.dumps(models[12])
put('dbc', 'stored', zipbytes([('nb.python', nbjson), ('dir/sub.sql', json.dumps({'version': 'NotebookV1', 'name': 'sub', 'language': 'sql', 'commands': [{'command': 'SELECT 1'}]}))], zipfile.ZIP_STORED))
put('dbc', 'deflated', zipbytes([('a/b/nb.scala', nbjson), ('readme.txt', 'x')], zipfile.ZIP_DEFLATED))
put('dbc', 'empty', zipbytes([], zipfile.ZIP_STORED))
put('dbc', 'notzip', 'PK\x03\x04 truncated')

# .databrickscfg.
put('databrickscfg', 'profiles', '[DEFAULT]\nhost = https://dbc-default.cloud.databricks.com/\ntoken = dapiDEFAULT\n\n[prod]\nhost  =  https://adb-1.2.azuredatabricks.net\ntoken = dapiPROD\n\n[u2m.dev]\nhost = https://dbc-dev.cloud.databricks.com\nauth_type = databricks-cli\n')
put('databrickscfg', 'settings', '[__settings__]\ndefault_profile = staging\n\n[staging]\nhost = https://s.cloud.databricks.com\n')
put('databrickscfg', 'comments', '; comment\n# comment\n[DEFAULT]\n\n[a]\nhost = h\n  continued\nclient_id=x\nclient_secret=y\n')
put('databrickscfg', 'crlf', '[a]\r\nhost = h\r\n[b\r\n=novalue\r\n')

# multipart: Content-Type line, newline, body.
b = 'XyZ'
body = ('--%s\r\nContent-Disposition: form-data; name="path"\r\n\r\n/Users/a/nb\r\n'
        '--%s\r\nContent-Disposition: form-data; name="overwrite"\r\n\r\ntrue\r\n'
        '--%s\r\nContent-Disposition: form-data; name="content"; filename="nb.py"\r\nContent-Type: application/octet-stream\r\n\r\n# Databricks notebook source\nprint(1)\n\r\n'
        '--%s--\r\n') % (b, b, b, b)
put('multipart', 'import', 'multipart/form-data; boundary=%s\n%s' % (b, body))
put('multipart', 'quoted', 'multipart/form-data; boundary="a b"\n--a b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--a b--\r\n')
put('multipart', 'noboundary', 'multipart/form-data\n--x\r\n\r\n')
put('multipart', 'unterminated', 'multipart/form-data; boundary=q\n--q\r\nContent-Disposition: form-data; name="contents"; filename="f"\r\n\r\nabc')

# HTTP requests; the first byte sets the arrival step (1 + (b % 64)^2).
reqs = {
    'get': b'GET /api/2.0/workspace/list?path=%2FUsers%2Fa HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer dapi\r\n\r\n',
    'post': b'POST /api/2.0/jobs/create HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{"name":"j"}\n',
    'pipelined': b'GET /a HTTP/1.1\r\n\r\n\r\nGET /b?x=1&y=%20 HTTP/1.1\r\nContent-Length: 0\r\n\r\n',
    'chunked': b'POST /api/2.0/dbfs/add-block HTTP/1.1\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n',
    'multipart': b'POST /api/2.0/workspace/import HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: 96\r\n\r\n--XyZ\r\nContent-Disposition: form-data; name="path"\r\n\r\n/Users/a/nb\r\n--XyZ--\r\n' + b' ' * 30,
    'absolute': b'GET http://127.0.0.1:8080/api/2.0/clusters/get?cluster_id=1 HTTP/1.0\r\n\r\n',
    'badline': b'GET /\r\n\r\n',
    'badheader': b'GET / HTTP/1.1\r\nnocolon\r\n\r\n',
    'badlength': b'POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n',
    'toolarge': b'POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n',
    # A chunk size near 2^63 after a first chunk: the size check overflowed.
    'regress-chunk-overflow': b'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n7fffffffffffffff\r\n',
}
for i, (name, req) in enumerate(reqs.items()):
    put('httprequest', name, bytes([i * 5]) + req)
