# Source: 001_3155fc6236170a02.txt, 3.3–3.5: kubectl create -f nginx.yaml, then kubectl get pod
# shows "nginx 1/1 Running 0 3s"; kubectl delete pod nginx removes it. The image tag is 1.7.9, so
# imagePullPolicy defaults to IfNotPresent (五 "Pod镜像拉取策略"; pkg/apis/core/v1/defaults.go).
Feature: the commented nginx pod

  Scenario: created, running, deleted
    Given the manifest "nginx.yaml"
    When 3s pass
    Then kubectl get pods shows:
      | NAME  | READY | STATUS  | RESTARTS | AGE |
      | nginx | 1/1   | Running | 0        | 3s  |
    # nginx's image sets STOPSIGNAL SIGQUIT: a graceful quit, exit code 0.
    When the pod is deleted
    And 1s passes
    Then an event "Killing" with message containing "Stopping container nginx" is recorded
    And container "nginx" is terminated
    And container "nginx" terminated with exit code 0

  Scenario: with the image already on the node nothing is pulled
    Given image "repository.test.com:8444/kubernetes/nginx/nginx:1.7.9" is already present on the node
    And the manifest "nginx.yaml"
    When 3s pass
    Then no event "Pulling" is recorded
    And an event "Pulled" with message containing "already present on machine" is recorded

  Scenario: restartPolicy Never with a command that ends (六 "Pod重启策略")
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: nginx
      spec:
        containers:
          - name: nginx
            image: repository.test.com:8444/kubernetes/nginx/nginx:1.7.9
            imagePullPolicy: IfNotPresent
            command:
              - sleep
              - "3"
            ports:
              - containerPort: 80
        restartPolicy: Never
      """
    When 5s pass
    Then the pod phase is "Succeeded"
    And container "nginx" has restarted 0 times
