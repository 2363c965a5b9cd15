# Source: 001_3155fc6236170a02.txt, 十一 "Init 容器": init containers run to completion, in order,
# before the app containers; while they run the pod is Pending and Initialized is False; if one
# fails, the kubelet restarts it until it succeeds, unless restartPolicy is Never, in which case
# the pod fails. Kubelet: kuberuntime_container.go@computeInitContainerActions; kubectl shows
# Init:0/1 and Init:CrashLoopBackOff (printers.go@printPod).
Feature: init containers

  Scenario: the init container runs first, then nginx
    Given the manifest "init-container.yaml"
    When 10s pass
    Then the logs of container "init-echo" contain "I am InitContainer for init some configuration"
    And container "init-echo" terminated with reason "Completed"
    And container "nginx" is running
    And the pod condition "Initialized" is "True"
    And the pod status is "Running"

  Scenario: while the init container runs the pod is initializing
    Given the manifest "init-container.yaml"
    And container "init-echo" exits with code 0 after 20s
    When 5s pass
    Then the pod phase is "Pending"
    And the pod status is "Init:0/1"
    And the pod condition "Initialized" is "False"
    And container "nginx" is waiting with reason "PodInitializing"
    When 20s pass
    Then the pod status is "Running"

  Scenario: a failing init container is restarted with back-off
    Given the manifest "init-container.yaml"
    And container "init-echo" exits with code 1 after 1s
    When 1 minute passes
    Then the pod phase is "Pending"
    And the pod status is one of "Init:Error, Init:CrashLoopBackOff"
    And container "init-echo" has restarted at least 2 times
    And container "nginx" is waiting

  Scenario: with restartPolicy Never a failing init container fails the pod
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: init-never
      spec:
        restartPolicy: Never
        initContainers:
        - name: init
          image: busybox:1.36
          command: ["sh", "-c", "exit 3"]
        containers:
        - name: app
          image: busybox:1.36
          command: ["sh", "-c", "sleep 3600"]
      """
    When 10s pass
    Then the pod phase is "Failed"
    And the pod status is "Init:Error"
    And container "init" terminated with exit code 3
    And container "app" has restarted 0 times
