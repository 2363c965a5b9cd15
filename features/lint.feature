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
