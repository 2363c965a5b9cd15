# The lint steps run `podproof lint` on the manifest the scenario loaded (validation findings
# have rule id `invalid`; rules are in rules/).
Feature: lint steps

  Scenario: a hardened pod passes lint
    Given the manifest "manifests/hardened.yaml"
    Then the manifest passes lint
    And lint does not report "no-privileged"
    And lint does not report "invalid"

  Scenario: a privileged container
    Given the manifest "manifests/privileged.yaml"
    Then lint reports "no-privileged"
    And lint reports "no-privileged" for container "app"
    And lint reports "no-host-network"
    And lint does not report "invalid"

  Scenario: an invalid manifest is reported as invalid
    Given the manifest "../examples/broken/error-pod.yaml"
    Then lint reports "invalid"

  # `podproof lint <file>` discovers .podproof.yaml upward from the file; so do the lint steps.
  Scenario: the manifest's own configuration applies
    Given the manifest "manifests/relaxed/agent.yaml"
    Then lint does not report "no-host-network"

  Scenario: a doc string is linted with the recommended preset
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: agent
      spec:
        hostNetwork: true
        containers:
        - name: agent
          image: registry.example.com/agent:3.2
      """
    Then lint reports "no-host-network"
