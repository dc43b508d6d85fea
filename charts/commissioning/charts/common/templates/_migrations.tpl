{{/*
Store migrations once per install or upgrade, before any new pod starts. Off by default: replicas
starting at once migrate one after another under the store's advisory lock (the first applies, the
others find nothing pending). The Job runs the image with its migrate-only switch (job.args: --Store:MigrateOnly=true).
It runs before the release's ConfigMap and ServiceAccount exist: settings from its environment, with every
secret the service reads at start (the operator makes them before installing), since a service that cannot
start cannot migrate (care packages refuses to start without its pseudonym key).
*/}}
{{- define "common.migrationJob" -}}
{{- if .Values.migrations.job.enabled -}}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ include "common.name" . }}-migrate
  labels:
    {{- include "common.hookLabels" (list . "migrate") | nindent 4 }}
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-weight: "-5"
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  backoffLimit: 2
  activeDeadlineSeconds: {{ .Values.migrations.job.timeoutSeconds }}
  template:
    metadata:
      labels:
        {{- include "common.hookLabels" (list . "migrate") | nindent 8 }}
    spec:
      restartPolicy: Never
      automountServiceAccountToken: false
      securityContext:
        {{- include "common.podSecurityContext" . | nindent 8 }}
      containers:
        - name: migrate
          image: {{ include "common.image" . | quote }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          {{- $args := required "migrations.job.args: the image's migrate-only argument" .Values.migrations.job.args }}
          args: {{ $args | toJson }}
          securityContext:
            {{- include "common.containerSecurityContext" . | nindent 12 }}
          env:
            - name: Store__Provider
              value: {{ .Values.config.Store.Provider | default "Postgres" | quote }}
            {{- range $name, $ref := .Values.secretEnv }}
            - name: {{ $name }}
              valueFrom:
                secretKeyRef: { name: {{ $ref.secretName }}, key: {{ $ref.key }} }
            {{- end }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          volumeMounts:
            - { name: tmp, mountPath: /tmp }
      volumes:
        - name: tmp
          emptyDir: { sizeLimit: 64Mi }
{{- end -}}
{{- end -}}
