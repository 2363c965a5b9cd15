# Source: 000_866009fb9f7f7fa3.txt, "国际惯例的Hello World": kubectl get pod shows
# "hello-world 0/1 Completed 0", and kubectl logs prints "Hello World".
Feature: Hello World pod
  The container echoes "Hello World" and exits 0; with restartPolicy OnFailure it is not
  restarted, so the pod completes.

  Scenario: the pod completes and logs Hello World
    Given the manifest "hello-world.yaml"
    When I wait until the pod phase is "Succeeded"
    Then the pod status is "Completed"
    And the logs of container "hello" contain "Hello World"
    And container "hello" terminated with exit code 0
    And container "hello" terminated with reason "Completed"
    And container "hello" has restarted 0 times
    And kubectl get pods shows:
      | NAME        | READY | STATUS    | RESTARTS |
      | hello-world | 0/1   | Completed | 0        |

  # echo exits at once: the kubelet never sees the container running, so the phase goes
  # straight from Pending to Succeeded (kubectl get -w shows ContainerCreating, then Completed).
  Scenario: it goes from Pending straight to Succeeded
    Given the manifest "hello-world.yaml"
    When 1 minute passes
    Then the phase history is "Pending, Succeeded"
    And the pod is scheduled on "node-1"
    And an event "Scheduled" is recorded
    And an event "Started" with message containing "hello" is recorded
    And no event "BackOff" is recorded
