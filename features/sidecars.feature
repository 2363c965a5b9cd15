# Native sidecars (init containers with restartPolicy Always, KEP-753, on by default since 1.29):
# they start before the app containers and keep running beside them; they count in READY
# (printers.go@printPod); a sidecar's exit never decides the phase (kubelet_pods.go@getPhase,
# KUBELET.md A2/A3), so a Job-style pod succeeds when its main container exits 0.
Feature: native sidecars

  Background:
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: with-sidecar
      spec:
        restartPolicy: Never
        initContainers:
        - name: log-shipper
          image: registry.example.com/shipper:2.1
          restartPolicy: Always
        containers:
        - name: main
          image: busybox:1.36
          command: ["sh", "-c", "sleep 20; echo done"]
      """

  Scenario: the sidecar runs beside the main container and counts in READY
    When 5s pass
    Then container "log-shipper" is running
    And container "main" is running
    And kubectl get pods shows:
      | NAME         | READY | STATUS  | RESTARTS |
      | with-sidecar | 2/2   | Running | 0        |

  Scenario: a crashing sidecar is restarted even with restartPolicy Never
    Given container "log-shipper" exits with code 1 after 3s
    When 15s pass
    Then container "log-shipper" has restarted at least 1 time
    And the pod phase is "Running"

  Scenario: the pod succeeds when the main container exits 0
    When 21s pass
    Then container "main" terminated with exit code 0
    And the pod phase is "Succeeded"
