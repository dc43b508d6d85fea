{{/*
Default deny in and out. In: the REST and gRPC ports from the platform's own pods (the gateway and the
services calling each other), daprd's internal port from other sidecars, and what the values add (for
the gateway, the ingress controller). Out: DNS, the platform's pods and sidecar control plane, and
what the values add (the stores, the OTLP collector).
*/}}
{{- define "common.networkPolicy" -}}
{{- if .Values.networkPolicy.enabled -}}
{{- $platform := dict "podSelector" (dict "matchLabels" (dict "app.kubernetes.io/part-of" "commissioning")) -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "common.name" . }}
  labels:
    {{- include "common.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "common.selectorLabels" . | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    - from:
        - {{ toJson $platform }}
        {{- with .Values.networkPolicy.ingressFrom }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      ports:
        - { port: http, protocol: TCP }
        - { port: grpc, protocol: TCP }
    {{- if .Values.dapr.enabled }}
    - from:
        - {{ toJson $platform }}
        - namespaceSelector:
            matchLabels: { kubernetes.io/metadata.name: {{ .Values.networkPolicy.daprNamespace }} }
      ports:
        - { port: 50002, protocol: TCP }
        - { port: 9090, protocol: TCP }
    {{- end }}
  egress:
    - to:
        - namespaceSelector: {}
          podSelector:
            matchLabels: { k8s-app: kube-dns }
      ports:
        - { port: 53, protocol: UDP }
        - { port: 53, protocol: TCP }
    - to:
        - {{ toJson $platform }}
    {{- if .Values.dapr.enabled }}
    - to:
        - namespaceSelector:
            matchLabels: { kubernetes.io/metadata.name: {{ .Values.networkPolicy.daprNamespace }} }
    {{- end }}
    {{- with .Values.networkPolicy.egress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end -}}
{{- end -}}
