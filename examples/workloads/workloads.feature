# Workloads run as the pod their controller would create (pkg/controller: deployment/sync.go,
# job/job_controller.go, cronjob/utils.go@getJobName); `pod "web"` finds a workload's pod by the
# workload's name.
Feature: workloads

  Scenario: a Deployment's pod becomes ready
    Given the manifest "deployment.yaml"
    When I wait until container "nginx" is ready
    Then the phase of pod "web" is "Running"
    And the pod is ready
    And the pod status is "Running"

  Scenario: a Job's pod completes
    Given the manifest "job.yaml"
    When I wait until the pod phase is "Succeeded"
    Then the logs of container "pi" contain "3.14159"
    And the pod status is "Completed"
    And the phase history is "Pending, Running, Succeeded"

  Scenario: a CronJob's pod says hello
    Given the manifest "cronjob.yaml"
    When 10s pass
    Then the phase of pod "hello" is "Succeeded"
    And the logs of container "hello" contain "Hello from the Kubernetes cluster"

  Scenario: a Job whose template says restartPolicy Always is rejected
    Given the manifest:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: bad-job
      spec:
        template:
          spec:
            containers:
            - name: main
              image: busybox:1.36
      """
    Then the pod is rejected with "spec.template.spec.restartPolicy"
