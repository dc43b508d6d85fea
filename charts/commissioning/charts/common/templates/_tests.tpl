{{/* helm test: the service answers ready through its Service, as the gateway and its peers reach it. */}}
{{- define "common.testReadiness" -}}
{{- if .Values.tests.enabled -}}
apiVersion: v1
kind: Pod
metadata:
  name: {{ include "common.name" . }}-test-ready
  labels:
    {{- include "common.hookLabels" (list . "test") | nindent 4 }}
  annotations:
    helm.sh/hook: test
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  restartPolicy: Never
  automountServiceAccountToken: false
  securityContext:
    runAsNonRoot: true
    runAsUser: 65534
    runAsGroup: 65534
    seccompProfile: { type: RuntimeDefault }
  containers:
    - name: ready
      image: {{ printf "%s:%s" .Values.tests.image.repository .Values.tests.image.tag | quote }}
      imagePullPolicy: IfNotPresent
      args: ["--fail", "--silent", "--show-error", "--max-time", "10", "--retry", "5", "--retry-connrefused",
             "http://{{ include "common.name" . }}:{{ .Values.ports.http }}/health/ready"]
      securityContext:
        {{- include "common.containerSecurityContext" . | nindent 8 }}
      resources:
        requests: { cpu: 10m, memory: 16Mi }
        limits: { cpu: 100m, memory: 32Mi }
{{- end -}}
{{- end -}}
