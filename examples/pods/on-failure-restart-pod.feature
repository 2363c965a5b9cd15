# Source: 000_866009fb9f7f7fa3.txt, "Pod的重启策略": after 46 s kubectl shows
#   on-failure-restart-pod   0/1   Error   4   46s
# The container keeps failing and is restarted with the kubelet's crash-loop back-off
# (pkg/kubelet/kubelet.go: 10 s doubling to 300 s; kuberuntime_manager.go@doBackOff). With ideal
# timing the first restart is immediate, then 10 s, 20 s, 40 s: 3 restarts by 46 s (the seed's
# real cluster showed 4, its timing includes sync latency), so the spec checks the lower bound.
Feature: OnFailure restarts a failing container

  Scenario: the container crash-loops and the pod stays Running
    Given the manifest "on-failure-restart-pod.yaml"
    Then the pod phase stays "Running" for 46s
    And the pod status is one of "Error, CrashLoopBackOff"
    And container "container" has restarted at least 3 times
    And container "container" terminated with exit code 1
    And container "container" terminated with reason "Error"
    And the pod is not ready
    And an event "BackOff" with message containing "Back-off restarting failed container" is recorded

  Scenario: restarts keep growing, waiting in CrashLoopBackOff between them
    Given the manifest "on-failure-restart-pod.yaml"
    When I wait until the pod status is "CrashLoopBackOff"
    Then container "container" is waiting with reason "CrashLoopBackOff"
    And container "container" is waiting
    When 10 minutes pass
    Then container "container" has restarted at least 6 times
    And container "container" has restarted at most 8 times
