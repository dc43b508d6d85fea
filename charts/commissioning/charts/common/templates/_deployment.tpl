{{- define "common.daprAnnotations" -}}
{{- $dapr := .Values.dapr -}}
dapr.io/enabled: "true"
dapr.io/app-id: {{ $dapr.appId | default (include "common.name" .) | quote }}
dapr.io/app-port: {{ .Values.ports.http | quote }}
dapr.io/app-protocol: {{ $dapr.appProtocol | quote }}
dapr.io/config: {{ $dapr.config | quote }}
dapr.io/app-token-secret: {{ $dapr.appTokenSecret | quote }}
# Live, not ready: readiness includes the sidecar, and daprd stops deliveries while the app is unhealthy.
dapr.io/enable-app-health-check: "true"
dapr.io/app-health-check-path: /health/live
dapr.io/app-health-probe-interval: {{ $dapr.appHealth.probeIntervalSeconds | quote }}
dapr.io/app-health-threshold: {{ $dapr.appHealth.threshold | quote }}
dapr.io/sidecar-cpu-request: {{ $dapr.sidecar.cpuRequest | quote }}
dapr.io/sidecar-cpu-limit: {{ $dapr.sidecar.cpuLimit | quote }}
dapr.io/sidecar-memory-request: {{ $dapr.sidecar.memoryRequest | quote }}
dapr.io/sidecar-memory-limit: {{ $dapr.sidecar.memoryLimit | quote }}
# The injected daprd passes the restricted Pod Security Standard only with a seccomp profile of its own.
dapr.io/sidecar-seccomp-profile-type: RuntimeDefault
dapr.io/log-as-json: "true"
dapr.io/log-level: {{ $dapr.logLevel | quote }}
{{- end -}}

{{- define "common.deployment" -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "common.name" . }}
  labels:
    {{- include "common.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "common.selectorLabels" . | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxSurge: 1, maxUnavailable: 0 }
  template:
    metadata:
      labels:
        {{- include "common.labels" . | nindent 8 }}
      annotations:
        checksum/config: {{ include "common.configMap" . | sha256sum }}
        {{- if .Values.dapr.enabled }}
        {{- include "common.daprAnnotations" . | nindent 8 }}
        {{- end }}
        {{- with .Values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "common.serviceAccountName" . }}
      automountServiceAccountToken: {{ .Values.serviceAccount.automount }}
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- include "common.podSecurityContext" . | nindent 8 }}
      affinity:
        {{- include "common.affinity" . | nindent 8 }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      terminationGracePeriodSeconds: 30
      containers:
        - name: {{ include "common.name" . }}
          image: {{ include "common.image" . | quote }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          securityContext:
            {{- include "common.containerSecurityContext" . | nindent 12 }}
          ports:
            - { name: http, containerPort: {{ .Values.ports.http }}, protocol: TCP }
            - { name: grpc, containerPort: {{ .Values.ports.grpc }}, protocol: TCP }
          env:
            {{- include "common.env" . | nindent 12 }}
          {{- include "common.probes" . | nindent 10 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          volumeMounts:
            - { name: tmp, mountPath: /tmp }
            - name: config
              mountPath: /app/appsettings.{{ .Values.environment }}.json
              subPath: appsettings.json
              readOnly: true
            {{- if .Values.data.enabled }}
            - { name: data, mountPath: /data }
            {{- end }}
      volumes:
        - name: tmp
          emptyDir: { sizeLimit: 64Mi }
        - name: config
          configMap:
            name: {{ include "common.name" . }}
        {{- if .Values.data.enabled }}
        - name: data
          emptyDir: { sizeLimit: {{ .Values.data.sizeLimit }} }
        {{- end }}
{{- end -}}

{{/* Live answers without dependencies (a store outage restarts nothing); ready checks store, Redis and sidecar. */}}
{{- define "common.probes" -}}
startupProbe:
  httpGet: { path: /health/live, port: http }
  periodSeconds: 2
  failureThreshold: {{ .Values.probes.startupFailureThreshold }}
livenessProbe:
  httpGet: { path: /health/live, port: http }
  periodSeconds: 10
  timeoutSeconds: 2
  failureThreshold: 3
readinessProbe:
  httpGet: { path: /health/ready, port: http }
  periodSeconds: 5
  timeoutSeconds: 3
  failureThreshold: 3
{{- end -}}

{{/* Replicas spread over nodes where they can be, so one node's loss leaves the service up. */}}
{{- define "common.affinity" -}}
{{- if .Values.affinity -}}
{{ toYaml .Values.affinity }}
{{- else -}}
podAntiAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "common.selectorLabels" . | nindent 12 }}
{{- end -}}
{{- end -}}
