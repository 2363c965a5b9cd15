# Source: 000_866009fb9f7f7fa3.txt, "端口": hostPort conflicts are checked by the scheduler; two
# pods that need host port 80 go to different nodes, and scheduling fails when every node's port 80
# is taken. The scheduler's message: pkg/scheduler/framework/plugins/nodeports/node_ports.go
# (ErrReason "node(s) didn't have free ports for the requested pod ports").
Feature: nginx with a host port

  Scenario: nginx runs and serves on its host port
    Given the manifest "nginx-hostport.yaml"
    When 10s pass
    Then the pod phase is "Running"
    And the pod is ready
    And the pod is scheduled on "node-1"
    And lint reports "no-host-port" for container "nginx"

  Scenario: two pods wanting host port 80 cannot share one node
    Given the manifest "nginx-two-hostports.yaml"
    When 10s pass
    Then the phase of pod "my-nginx" is "Running"
    And the phase of pod "my-nginx-2" is "Pending"
    And the pod is not scheduled
    And the pod condition "PodScheduled" is "False"
    And an event "FailedScheduling" with message containing "node(s) didn't have free ports for the requested pod ports" is recorded

  Scenario: with two nodes they are spread
    Given a node "node-a" with labels "zone=a"
    And a node "node-b" with labels "zone=b"
    And the manifest "nginx-two-hostports.yaml"
    When 10s pass
    Then the phase of pod "my-nginx" is "Running"
    And the phase of pod "my-nginx-2" is "Running"
    And kubectl get pods shows:
      | NAME       | READY | STATUS  |
      | my-nginx   | 1/1   | Running |
      | my-nginx-2 | 1/1   | Running |
