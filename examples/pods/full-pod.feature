# Source: 001_3155fc6236170a02.txt, 十二 "Pod 示例文件": every common field of a Pod. The
# nodeSelector `type: normal` needs a labelled node (000_866009fb9f7f7fa3.txt, "调度Pod"); the
# scheduler's message is FitError.Error (pkg/scheduler/framework/types.go) with the NodeAffinity
# plugin's reason "node(s) didn't match Pod's node affinity/selector".
Feature: the full annotated pod

  Scenario: it is valid, but no node has the label type=normal
    Given the manifest "full-pod.yaml"
    When 30s pass
    Then the pod is accepted
    And the pod is not scheduled
    And the pod phase is "Pending"
    And the pod condition "PodScheduled" is "False"
    And an event "FailedScheduling" with message containing "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector." is recorded

  Scenario: on a node labelled type=normal it is scheduled and initialised
    Given a node "k8s-node01" with labels "type=normal"
    And the manifest "full-pod.yaml"
    When 10s pass
    Then the pod is scheduled on "k8s-node01"
    And container "init-echo" terminated with reason "Completed"
    And the logs of container "init-echo" contain "I am InitContainer for init some configuration"
    And the pod condition "Initialized" is "True"
    And the pod IP is the IP of its node

  Scenario: lint flags the host namespaces
    Given the manifest "full-pod.yaml"
    Then lint reports "no-host-network"
    And lint reports "no-host-pid"
    And lint reports "no-host-ipc"
    And lint does not report "invalid"

  # postStart `mkdir /tmp/zhangzhuo/1 -p` in the nginx image (Debian, GNU coreutils: getopt_long
  # permutes options after operands) succeeds, and the startup probe `ls /tmp/zhangzhuo/1/` then
  # passes, so nginx becomes ready once the probes' initial delays are over.
  Scenario: the full annotated pod runs and becomes ready
    Given a node "k8s-node01" with labels "type=normal"
    And the manifest "full-pod.yaml"
    When 10s pass
    Then container "nginx" is running
    And container "nginx" is not ready
    When 1 minute passes
    Then container "nginx" is ready
    And the pod is ready
