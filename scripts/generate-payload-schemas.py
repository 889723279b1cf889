#!/usr/bin/env python3
"""Writes Brickdesk's JSON Schemas of Databricks payloads from the field facts
of the Databricks Go SDK (service/jobs, service/compute and service/pipelines
model.go).

    git clone https://github.com/databricks/databricks-sdk-go
    scripts/generate-payload-schemas.py databricks-sdk-go resources/schemas

A field without `omitempty` is required; a `type X string` with constants is
an enum. The limits the SDK states only in prose (name length, tag counts,
max_concurrent_runs) are added by hand below, in LIMITS. Fields that change
with every cloud and runtime (a job's new_cluster) stay loose objects in the
job schema: the cluster spec schema checks them where a cluster is edited.
"""
import json
import re
import sys
from pathlib import Path


def parse_go(source):
    structs, enums = {}, {}
    for m in re.finditer(r'^type (\w+) struct \{\n(.*?)^\}', source, re.S | re.M):
        fields = []
        for line in m.group(2).split('\n'):
            fm = re.match(r'\s*(\w+)\s+(\S+)\s+`json:"([^"]*)"', line)
            if not fm:
                continue
            name, *options = fm.group(3).split(',')
            if name != '-':
                fields.append((name, fm.group(2), 'omitempty' not in options))
        structs[m.group(1)] = fields
    for m in re.finditer(r'^type (\w+) string$', source, re.M):
        enums[m.group(1)] = []
    for m in re.finditer(r'^const \w+ (\w+) = [`"]([^`"]*)[`"]', source, re.M):
        if m.group(1) in enums:
            enums[m.group(1)].append(m.group(2))
    return structs, enums


SCALARS = {'string': {'type': 'string'}, 'bool': {'type': 'boolean'},
           'int': {'type': 'integer'}, 'int64': {'type': 'integer'},
           'float64': {'type': 'number'}, 'any': {}}


class SchemaWriter:
    def __init__(self, packages, loose):
        self.packages = packages  # name -> (structs, enums)
        self.loose = loose        # Go types written as {"type": "object"}
        self.definitions = {}

    def type_schema(self, go_type, package):
        go_type = go_type.lstrip('*')
        if go_type.startswith('[]'):
            return {'type': 'array', 'items': self.type_schema(go_type[2:], package)}
        if go_type.startswith('map[string]'):
            return {'type': 'object',
                    'additionalProperties': self.type_schema(go_type[len('map[string]'):], package)}
        if go_type in SCALARS:
            return dict(SCALARS[go_type])
        if '.' in go_type:
            package, go_type = go_type.split('.')
        if go_type in self.loose:
            return {'type': 'object'}
        structs, enums = self.packages[package]
        if go_type in enums:
            return {'type': 'string', 'enum': sorted(enums[go_type])}
        if go_type in structs:
            self.define(go_type, package)
            return {'$ref': '#/definitions/' + go_type}
        raise SystemExit('unknown Go type ' + package + '.' + go_type)

    def define(self, go_type, package):
        if go_type in self.definitions:
            return
        self.definitions[go_type] = None  # recursion guard (Task in for_each_task)
        self.definitions[go_type] = self.object_schema(go_type, package)

    def object_schema(self, go_type, package):
        properties, required = {}, []
        for name, field_type, is_required in self.packages[package][0][go_type]:
            properties[name] = self.type_schema(field_type, package)
            if is_required:
                required.append(name)
        schema = {'type': 'object', 'properties': dict(sorted(properties.items()))}
        if required:
            schema['required'] = sorted(required)
        return schema


# Limits the SDK states in prose, by (Go type or "root", field) -> keywords.
LIMITS = {
    'job-settings': {
        ('root', 'name'): {'maxLength': 4096},
        ('root', 'description'): {'maxLength': 27700},
        ('root', 'tags'): {'maxProperties': 25},
        ('root', 'tasks'): {'maxItems': 1000},
        ('root', 'max_concurrent_runs'): {'minimum': 0, 'maximum': 1000},
        ('root', 'timeout_seconds'): {'minimum': 0},
        ('Task', 'timeout_seconds'): {'minimum': 0},
        ('Task', 'max_retries'): {'minimum': -1},
        ('Task', 'min_retry_interval_millis'): {'minimum': 0},
        ('ForEachTask', 'concurrency'): {'minimum': 1},
        ('DbtTask', 'commands'): {'minItems': 1, 'maxItems': 10},
        ('AlertTask', 'subscribers'): {'maxItems': 100},
        ('JobRunAs', None): {'maxProperties': 1},
        ('FileArrivalTriggerConfiguration', 'min_time_between_triggers_seconds'): {'minimum': 60},
        ('FileArrivalTriggerConfiguration', 'wait_after_last_change_seconds'): {'minimum': 60},
        ('TableUpdateTriggerConfiguration', 'min_time_between_triggers_seconds'): {'minimum': 60},
        ('TableUpdateTriggerConfiguration', 'wait_after_last_change_seconds'): {'minimum': 60},
        ('ModelTriggerConfiguration', 'min_time_between_triggers_seconds'): {'minimum': 60},
        ('ModelTriggerConfiguration', 'wait_after_last_change_seconds'): {'minimum': 60},
        **{('WebhookNotifications', event): {'maxItems': 3} for event in (
            'on_duration_warning_threshold_exceeded', 'on_failure', 'on_start',
            'on_streaming_backlog_exceeded', 'on_success')},
    },
    'cluster-spec': {
        ('root', 'autotermination_minutes'): {'minimum': 0, 'maximum': 10000},
        ('root', 'custom_tags'): {'maxProperties': 45},
        ('root', 'ssh_public_keys'): {'maxItems': 10},
        ('root', 'num_workers'): {'minimum': 0},
        ('AutoScale', 'min_workers'): {'minimum': 0},
        ('AutoScale', 'max_workers'): {'minimum': 1},
    },
    'pipeline-spec': {
        # A pipeline has a name; the service refuses one without.
        ('root', 'name'): {'minLength': 1},
        ('PipelineCluster', 'num_workers'): {'minimum': 0},
        ('PipelineClusterAutoscale', 'min_workers'): {'minimum': 0},
        ('PipelineClusterAutoscale', 'max_workers'): {'minimum': 1},
    },
}


def apply_limits(schema, limits):
    for (owner, field), keywords in limits.items():
        node = schema if owner == 'root' else schema['definitions'][owner]
        target = node if field is None else node['properties'][field]
        target.update(keywords)


def write(path, title, root_type, package, packages, loose, limits):
    writer = SchemaWriter(packages, loose)
    root = writer.object_schema(root_type, package)
    schema = {'$schema': 'http://json-schema.org/draft-07/schema#',
              '$comment': 'Generated by scripts/generate-payload-schemas.py from the '
                          'Databricks Go SDK; edit LIMITS there, not this file.',
              'title': title, **root,
              'definitions': dict(sorted(writer.definitions.items()))}
    apply_limits(schema, limits)
    path.write_text(json.dumps(schema, indent=2) + '\n')


def main():
    sdk, out = Path(sys.argv[1]), Path(sys.argv[2])
    packages = {name: parse_go((sdk / 'service' / name / 'model.go').read_text())
                for name in ('jobs', 'compute', 'pipelines')}
    write(out / 'job-settings.schema.json', 'Databricks job settings (jobs/create, '
          'jobs/reset new_settings)', 'JobSettings', 'jobs', packages,
          {'ClusterSpec'}, LIMITS['job-settings'])
    write(out / 'cluster-spec.schema.json', 'Databricks cluster spec (clusters/create)',
          'CreateCluster', 'compute', packages, set(), LIMITS['cluster-spec'])
    # The settings as pipelines/get answers them and a PUT replaces them; the
    # managed-ingestion definitions stay loose objects (not edited here).
    write(out / 'pipeline-spec.schema.json', 'Databricks pipeline settings (pipelines create '
          'and edit)', 'PipelineSpec', 'pipelines', packages,
          {'IngestionPipelineDefinition', 'IngestionGatewayPipelineDefinition'},
          LIMITS['pipeline-spec'])


if __name__ == '__main__':
    main()
