# The Then steps that the other specs do not already use, and the states behind them
# (pkg/kubelet/status/generate.go for conditions, KUBELET.md A12).
Feature: assertions

  Scenario: a running, ready pod
    Given the manifest "manifests/app.yaml"
    When 10s pass
    Then the pod is accepted
    And the pod is ready
    And the pod condition "Ready" is "True"
    And the pod condition "ContainersReady" is "True"
    And the pod condition "Initialized" is "True"
    And the pod condition "PodScheduled" is "True"
    And container "app" is running
    And container "app" is ready
    And container "app" has restarted 0 times
    And container "app" has restarted at most 0 times
    And the pod IP is not the IP of its node
    And the phase history is "Pending, Running"
    And the pod status is one of "Running, Completed"

  Scenario: a pod that completes
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: once
      spec:
        restartPolicy: OnFailure
        containers:
        - name: main
          image: busybox:1.36
          command: ["sh", "-c", "echo done > /dev/termination-log; sleep 3"]
      """
    When 5s pass
    Then container "main" is terminated
    And container "main" terminated with exit code 0
    And container "main" terminated with reason "Completed"
    And container "main" is not ready
    And the termination message of container "main" contains "done"
    And the pod condition "Ready" is "False"
    And the phase history is "Pending, Running, Succeeded"

  Scenario: a container waiting for its image
    Given pulling image "busybox:1.36" takes 30s
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pulling
      spec:
        containers:
        - name: main
          image: busybox:1.36
          command: ["sleep", "100000"]
      """
    When 10s pass
    Then container "main" is waiting
    And container "main" is waiting with reason "ContainerCreating"
    And the pod phase is "Pending"
    And an event "Pulling" is recorded
    And no event "Pulled" is recorded

  Scenario: restarts within bounds
    Given the manifest "../examples/pods/on-failure-restart-pod.yaml"
    When 2 minutes pass
    Then container "container" has restarted at least 3 times
    And container "container" has restarted at most 5 times

  # pkg/kubelet/active_deadline.go: once now - status.startTime >= activeDeadlineSeconds the pod
  # is Failed (reason DeadlineExceeded, Normal event DeadlineExceeded) and its containers are
  # stopped like on deletion (KUBELET.md A15).
  Scenario: activeDeadlineSeconds ends a pod
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: deadline
      spec:
        activeDeadlineSeconds: 30
        containers:
        - name: main
          image: busybox:1.36
          command: ["sh", "-c", "trap 'exit 143' TERM; while true; do sleep 1; done"]
      """
    When 29s pass
    Then the pod phase is "Running"
    When 2s pass
    Then the pod phase is "Failed"
    And an event "DeadlineExceeded" with message containing "Pod was active on the node longer than the specified deadline" is recorded
    And the pod condition "Ready" is "False"
    When 5s pass
    Then container "main" is terminated
    And the phase history is "Pending, Running, Failed"
