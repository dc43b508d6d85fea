{{- define "common.services" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "common.name" . }}
  labels:
    {{- include "common.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "common.selectorLabels" . | nindent 4 }}
  ports:
    - { name: http, port: {{ .Values.ports.http }}, targetPort: http, protocol: TCP, appProtocol: http }
---
# Headless: gRPC keeps one HTTP/2 connection per client, so a ClusterIP would pin every call to one
# pod; resolving every pod's address lets a client balance per call.
apiVersion: v1
kind: Service
metadata:
  name: {{ include "common.name" . }}-grpc
  labels:
    {{- include "common.labels" . | nindent 4 }}
spec:
  clusterIP: None
  publishNotReadyAddresses: false
  selector:
    {{- include "common.selectorLabels" . | nindent 4 }}
  ports:
    - { name: grpc, port: {{ .Values.ports.grpc }}, targetPort: grpc, protocol: TCP, appProtocol: kubernetes.io/h2c }
{{- end -}}

{{- define "common.serviceAccount" -}}
{{- if .Values.serviceAccount.create -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "common.serviceAccountName" . }}
  labels:
    {{- include "common.labels" . | nindent 4 }}
  {{- with .Values.serviceAccount.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
automountServiceAccountToken: {{ .Values.serviceAccount.automount }}
{{- end -}}
{{- end -}}

{{/* appsettings.<environment>.json over the image's appsettings.json: the values' "config", as it is. */}}
{{- define "common.configMap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "common.name" . }}
  labels:
    {{- include "common.labels" . | nindent 4 }}
data:
  appsettings.json: |
    {{- toPrettyJson .Values.config | nindent 4 }}
{{- end -}}
