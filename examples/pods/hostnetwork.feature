# Source: 000_866009fb9f7f7fa3.txt, "Pod的网络": with hostNetwork the pod IP is the node's IP
# (kubectl get pod my-app --template={{.status.podIP}} prints the node's address).
Feature: host network

  Scenario: the pod IP is the node's IP
    Given the manifest "hostnetwork.yaml"
    When 10s pass
    Then the pod phase is "Running"
    And the pod IP is the IP of its node
    And lint reports "no-host-network"
