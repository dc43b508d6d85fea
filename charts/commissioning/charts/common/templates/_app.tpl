{{/* Everything one service (or the gateway) deploys: an application chart's only template includes this. */}}
{{- define "common.app" -}}
{{- $parts := list "common.serviceAccount" "common.configMap" "common.deployment" "common.services"
  "common.podDisruptionBudget" "common.horizontalPodAutoscaler" "common.networkPolicy" "common.ingress"
  "common.migrationJob" "common.testReadiness" -}}
{{- range $parts }}
{{- $rendered := include . $ | trim }}
{{- if $rendered }}
---
{{ $rendered }}
{{- end }}
{{- end }}
{{ include "common.subscriptions" . }}
{{- end -}}
