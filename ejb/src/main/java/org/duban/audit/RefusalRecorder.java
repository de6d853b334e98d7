package org.duban.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.duban.shared.AccessDeniedException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Records each object-level refusal with the service method and the ids it was asked for, then lets it go on. */
@RecordsRefusals
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalRecorder {

    @Inject
    private AuditLog audit;

    @AroundInvoke
    public Object record(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (AccessDeniedException e) {
            String ids = Arrays.stream(invocation.getParameters())
                    .filter(p -> p instanceof Number || p instanceof String s && s.length() <= 40)
                    .map(String::valueOf).collect(Collectors.joining(", "));
            audit.refused(invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName() + "(" + ids + ")", e.getMessageKey());
            throw e;
        }
    }
}
