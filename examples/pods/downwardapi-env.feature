# Source: 000_866009fb9f7f7fa3.txt, "环境变量": kubectl exec downwardapi-env env | grep MY_POD shows
#   MY_POD_NAMESPACE=default, MY_POD_IP=<the pod IP>, MY_POD_NAME=downwardapi-env
Feature: Downward API environment variables

  Scenario: the pod's name, namespace and IP are in the environment
    Given the manifest "downwardapi-env.yaml"
    When 30s pass
    Then the pod phase is "Running"
    And the environment of container "test-containers" contains "MY_POD_NAME=downwardapi-env"
    And the environment of container "test-containers" contains "MY_POD_NAMESPACE=default"
    And the environment of container "test-containers" contains "MY_POD_IP"

  Scenario: the shell loop never ends, so the pod keeps running
    Given the manifest "downwardapi-env.yaml"
    Then the pod phase stays "Running" for 10m
    And container "test-containers" has restarted 0 times
    # imagePullPolicy Always: the image is pulled even though the tag is not latest
    And an event "Pulling" is recorded
