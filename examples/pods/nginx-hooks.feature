# Source: 001_3155fc6236170a02.txt, 八 "preStop和postStart": the container is Running only after
# postStart has completed; preStop runs before the container is stopped, within the grace period.
# Kubelet: pkg/kubelet/kuberuntime/kuberuntime_container.go@startContainer (postStart, a failure
# kills the container: FailedPostStartHook) and @killContainer (preStop, then SIGTERM, the hook's
# time taken out of the grace period).
Feature: lifecycle hooks

  Scenario: postStart runs and the container comes up
    Given the manifest "nginx-hooks.yaml"
    When 5s pass
    Then container "nginx" is running
    And the pod status is "Running"
    And no event "FailedPostStartHook" is recorded

  Scenario: a slow postStart keeps the container out of Running
    Given the manifest "nginx-hooks.yaml"
    And the postStart hook of container "nginx" takes 20s
    When 10s pass
    Then container "nginx" is waiting
    And the pod phase is "Pending"
    When 15s pass
    Then container "nginx" is running

  # The kubelet kills the container with the pod's grace period (30 s); `sh -c` as PID 1 has no
  # TERM handler, so it dies at the end of it and is then restarted.
  Scenario: a failing postStart kills the container
    Given the manifest "nginx-hooks.yaml"
    And the postStart hook of container "nginx" fails
    When 5s pass
    Then an event "FailedPostStartHook" is recorded
    And an event "Killing" is recorded
    When 40s pass
    Then container "nginx" terminated with exit code 137

  # startContainer's kill runs inside the sync (the pod worker waits for it); once the container
  # has stopped, the next SyncPod (kuberuntime_manager.go@computePodActions) starts it again
  # because restartPolicy is Always (first restart without back-off, then crash-loop back-off).
  Scenario: a container killed after a failing postStart is restarted
    Given the manifest "nginx-hooks.yaml"
    And the postStart hook of container "nginx" fails
    When 45s pass
    Then container "nginx" has restarted at least 1 time

  # "除非 Pod 宽限期限超时，Kubernetes 的容器管理逻辑会一直阻塞等待 preStop 处理函数执行完毕":
  # the kubelet waits for preStop, but never longer than the grace period (30 s here).
  Scenario: deletion runs preStop, and the container is gone by the end of the grace period
    Given the manifest "nginx-hooks.yaml"
    When 40s pass
    And the pod is deleted
    And 5s pass
    Then the pod status is "Terminating"
    And an event "Killing" with message containing "Stopping container nginx" is recorded
    When 30s pass
    Then container "nginx" is terminated

  Scenario: a preStop hook that fails is reported, and the container still stops
    Given the manifest "nginx-hooks.yaml"
    And the preStop hook of container "nginx" fails
    When 40s pass
    And the pod is deleted
    And 35s pass
    Then an event "FailedPreStopHook" is recorded
