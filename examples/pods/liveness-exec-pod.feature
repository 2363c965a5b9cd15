# Source: 000_866009fb9f7f7fa3.txt, "Pod的健康检查": describe shows
#   Warning  Unhealthy  ...  kubelet  Liveness probe failed: cat: /tmp/health: No such file or directory
# and after two hours the pod is in CrashLoopBackOff with many restarts.
# Timing (pkg/kubelet/prober/worker.go, defaults period 10 s, failureThreshold 3): probes at 15,
# 25, … 55 s succeed; the file is removed at 60 s; failures at 65, 75, 85 s → the kubelet kills
# the container at 85 s. `sh -c` is PID 1 without a TERM trap, so SIGTERM is ignored and the
# container dies at the end of the 30 s grace period (exit 137), then restarts.
Feature: liveness probe restarts an unhealthy container

  Scenario: healthy for the first minute
    Given the manifest "liveness-exec-pod.yaml"
    When 60s pass
    Then container "liveness" is running
    And container "liveness" has restarted 0 times
    And no event "Unhealthy" is recorded

  Scenario: the probe fails three times, then the container is killed and restarted
    Given the manifest "liveness-exec-pod.yaml"
    When 90s pass
    Then an event "Unhealthy" with message containing "Liveness probe failed: cat: /tmp/health: No such file or directory" is recorded
    And an event "Killing" with message containing "failed liveness probe, will be restarted" is recorded
    And container "liveness" has restarted 0 times
    When 30s pass
    Then container "liveness" has restarted 1 time
    And container "liveness" terminated with exit code 137

  Scenario: after two hours it is crash-looping
    Given the manifest "liveness-exec-pod.yaml"
    When 119 minutes pass
    Then container "liveness" has restarted at least 15 times
    And the pod phase is "Running"
