# Source: 000_866009fb9f7f7fa3.txt, "数据持久化和共享": kubectl logs -f hello-world-wr hello prints
# "Hello World" — the file the other container wrote into the shared volume.
Feature: two containers share a volume

  Scenario: hello reads what write wrote
    Given the manifest "hello-world-wr.yaml"
    When 5s pass
    Then the logs of container "hello" contain "Hello World"
    And container "write" terminated with reason "Completed"
    And container "hello" terminated with exit code 0
    And the pod phase is "Succeeded"
    And the pod status is "Completed"
