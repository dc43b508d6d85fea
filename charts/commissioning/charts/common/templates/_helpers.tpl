{{/*
Names are the chart's name, not prefixed with the release: services find each other by these names
(http://pooled-finance:8080, http://pooled-finance-grpc:8081) whichever release installed them.
*/}}
{{- define "common.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 58 | trimSuffix "-" -}}
{{- end -}}

{{- define "common.selectorLabels" -}}
app.kubernetes.io/name: {{ include "common.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "common.labels" -}}
{{ include "common.selectorLabels" . }}
{{ include "common.sharedLabels" . }}
{{- end -}}

{{/*
A hook pod's labels (the migration Job's, the helm test's): a name of its own, so that no Service,
Deployment or budget of the app ever selects it. Takes (list context component).
*/}}
{{- define "common.hookLabels" -}}
{{- $ctx := index . 0 -}}
app.kubernetes.io/name: {{ printf "%s-%s" (include "common.name" $ctx) (index . 1) }}
app.kubernetes.io/instance: {{ $ctx.Release.Name }}
app.kubernetes.io/component: {{ index . 1 }}
{{ include "common.sharedLabels" $ctx }}
{{- end -}}

{{- define "common.sharedLabels" -}}
app.kubernetes.io/version: {{ include "common.tag" . | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: commissioning
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* The image tag: the chart's value, else the umbrella's global tag, else the chart's appVersion. */}}
{{- define "common.tag" -}}
{{- $global := (.Values.global | default dict).image | default dict -}}
{{- (.Values.image | default dict).tag | default $global.tag | default .Chart.AppVersion -}}
{{- end -}}

{{- define "common.image" -}}
{{- $global := (.Values.global | default dict).image | default dict -}}
{{- $registry := .Values.image.registry | default $global.registry -}}
{{- if $registry -}}{{ $registry }}/{{- end -}}{{ .Values.image.repository }}:{{ include "common.tag" . }}
{{- end -}}

{{- define "common.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{ include "common.name" . }}
{{- else -}}
{{ .Values.serviceAccount.name | default "default" }}
{{- end -}}
{{- end -}}

{{/* The restricted Pod Security Standard, for every pod the charts start. */}}
{{- define "common.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .Values.podSecurityContext.runAsUser }}
runAsGroup: {{ .Values.podSecurityContext.runAsUser }}
fsGroup: {{ .Values.podSecurityContext.runAsUser }}
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "common.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Settings the app reads from its environment: ports, environment name, telemetry, then secrets by reference. */}}
{{- define "common.env" -}}
- name: ASPNETCORE_ENVIRONMENT
  value: {{ .Values.environment | quote }}
- name: Ports__Http
  value: {{ .Values.ports.http | quote }}
- name: Ports__Grpc
  value: {{ .Values.ports.grpc | quote }}
{{- with .Values.telemetry.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
{{- range $name, $value := .Values.env }}
- name: {{ $name }}
  value: {{ $value | quote }}
{{- end }}
{{- range $name, $ref := .Values.secretEnv }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $ref.secretName }}
      key: {{ $ref.key }}
      {{- if $ref.optional }}
      optional: true
      {{- end }}
{{- end }}
{{- if .Values.dapr.enabled }}
# The sidecar proves itself with this token (dapr-api-token); daprd reads the same secret's "token" key.
- name: APP_API_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ .Values.dapr.appTokenSecret }}
      key: token
{{- end }}
{{- end -}}
