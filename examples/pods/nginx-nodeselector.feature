# Source: 000_866009fb9f7f7fa3.txt, "调度Pod": after `kubectl label nodes k8s-node01 env=test` the
# pod is placed on k8s-node01 (kubectl get pod nginx -o wide: "1/1 Running ... k8s-node01").
Feature: nodeSelector

  Scenario: the pod goes to the labelled node
    Given a node "k8s-master" with labels "node-role.kubernetes.io/master="
    And node "k8s-master" has the taint "node-role.kubernetes.io/master:NoSchedule"
    And a node "k8s-node01" with labels "env=test"
    And the manifest "nginx-nodeselector.yaml"
    When 72s pass
    Then the pod is scheduled on "k8s-node01"
    And kubectl get pods shows:
      | NAME  | READY | STATUS  | RESTARTS | AGE | NODE       |
      | nginx | 1/1   | Running | 0        | 72s | k8s-node01 |

  Scenario: without the label the pod stays Pending
    Given the manifest "nginx-nodeselector.yaml"
    When 1 minute passes
    Then the pod is not scheduled
    And the pod status is "Pending"
    And an event "FailedScheduling" with message containing "didn't match Pod's node affinity/selector" is recorded
