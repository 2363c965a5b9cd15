# Source: 000_866009fb9f7f7fa3.txt, "Pod的准备状况检查": at 26 s "1/1 Running 0"; a minute later
# "0/1 Running 0" and describe shows "Readiness probe failed: cat: /tmp/ready: No such file or directory".
# The first probe runs at initialDelaySeconds (15 s); after the file goes (60 s) three failures at
# 65, 75 and 85 s (failureThreshold 3) make it unready. A readiness failure never restarts.
Feature: readiness probe

  Scenario: not ready before the first probe
    Given the manifest "readiness-exec-pod.yaml"
    When 10s pass
    Then container "readiness" is running
    And container "readiness" is not ready
    And the pod condition "ContainersReady" is "False"

  Scenario: ready at 26 s, unready a minute later
    Given the manifest "readiness-exec-pod.yaml"
    When 26s pass
    Then kubectl get pods shows:
      | NAME               | READY | STATUS  | RESTARTS |
      | readiness-exec-pod | 1/1   | Running | 0        |
    And the pod is ready
    When 64s pass
    Then kubectl get pods shows:
      | NAME               | READY | STATUS  | RESTARTS |
      | readiness-exec-pod | 0/1   | Running | 0        |
    And the pod is not ready
    And the pod condition "Ready" is "False"
    And an event "Unhealthy" with message containing "Readiness probe failed: cat: /tmp/ready: No such file or directory" is recorded
    And no event "Killing" is recorded
    And the pod phase stays "Running" for 10m
