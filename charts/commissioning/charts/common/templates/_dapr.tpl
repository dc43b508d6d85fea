{{/*
The topics this app subscribes to, as Subscription resources scoped to it. The apps also declare them
at /dapr/subscribe; render these where the cluster's policy wants subscriptions declared (declarative).
*/}}
{{- define "common.subscriptions" -}}
{{- if and .Values.dapr.enabled .Values.dapr.declarativeSubscriptions -}}
{{- $appId := .Values.dapr.appId | default (include "common.name" .) -}}
{{- range .Values.dapr.subscriptions }}
---
apiVersion: dapr.io/v2alpha1
kind: Subscription
metadata:
  name: {{ printf "%s-%s" $appId (.topic | replace "." "-") | trunc 63 | trimSuffix "-" }}
  labels:
    {{- include "common.labels" $ | nindent 4 }}
spec:
  pubsubname: {{ $.Values.dapr.pubsub }}
  topic: {{ .topic }}
  routes:
    default: {{ .route }}
  deadLetterTopic: {{ .deadLetterTopic | default (printf "%s.dead-letters" $appId) }}
scopes:
  - {{ $appId }}
{{- end }}
{{- end -}}
{{- end -}}
