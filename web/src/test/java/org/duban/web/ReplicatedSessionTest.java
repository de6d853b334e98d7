package org.duban.web;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a session holds — its beans and the view-scoped beans of its pages, with everything they reach — can be
 * copied to the other servers of a cluster (web.xml is {@code <distributable/>}; README, More than one server):
 * every field kept is serializable, all the way down; a service is injected with {@code @Inject} (the container's
 * reference to a session bean, or a normal-scoped bean's proxy, is serializable and finds the service again on the
 * other server), never kept {@code transient} (it would be null there). Read from the compiled classes, so a field
 * added later is checked too; TwoInstancesBehindProxyIT sees the copies work.
 */
class ReplicatedSessionTest {

    private static final Set<String> SERIALIZABLE_INTERFACES = Set.of("java.util.List", "java.util.Map",
            "java.util.Set", "java.util.Collection");

    @Test
    void everyBeanASessionKeepsCanBeCopiedToAnotherServer() throws Exception {
        List<Class<?>> kept = webClasses().stream().filter(c -> c.isAnnotationPresent(ViewScoped.class)
                || c.isAnnotationPresent(SessionScoped.class)).toList();
        assertTrue(kept.size() > 20, "the beans were found: " + kept);
        List<String> faults = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : kept) {
            check(bean, bean.getSimpleName(), seen, faults);
        }
        assertEquals(List.of(), faults);
    }

    private static void check(Class<?> type, String path, Set<Class<?>> seen, List<String> faults) {
        if (!seen.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            faults.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith("org.duban."); c = c.getSuperclass()) {
            if (c.getGenericSuperclass() instanceof ParameterizedType generic) {
                for (Type argument : generic.getActualTypeArguments()) {
                    checkType(argument, path + "<>", seen, faults); // a data model's rows
                }
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)) {
                    continue;
                }
                String at = path + "." + field.getName();
                boolean injected = field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class);
                if (injected) {
                    checkInjected(field, at, faults);
                } else if (isService(field.getType())) {
                    if (Modifier.isTransient(modifiers)) { // a table's model is given its page's reference
                        faults.add(at + ": a transient service is null on the other server");
                    }
                } else if (!Modifier.isTransient(modifiers)) {
                    checkType(field.getGenericType(), at, seen, faults);
                }
            }
        }
    }

    private static void checkInjected(Field field, String at, List<String> faults) {
        Class<?> type = field.getType();
        if (Modifier.isTransient(field.getModifiers())) {
            faults.add(at + ": injected but transient — null on the other server");
        } else if (field.isAnnotationPresent(EJB.class)) {
            faults.add(at + ": @EJB — use @Inject, whose reference to a session bean is serializable");
        } else if (!(isService(type) || isNormalScoped(type) || type == java.time.Clock.class)) {
            // the clock is an application-scoped producer's (ClockProducer); a container's bean such as
            // SecurityContext may say Serializable and still hold parts that are not
            faults.add(at + ": " + type.getName() + " is neither a session bean nor normal-scoped");
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> seen, List<String> faults) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, seen, faults);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", seen, faults);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum() || c.isArray() && c.getComponentType().isPrimitive()) {
                return;
            }
            if (c == Object.class) {
                return; // a message's arguments: text, numbers and days
            }
            if (c.isInterface() && SERIALIZABLE_INTERFACES.contains(c.getName())) {
                return; // the collections the beans make are serializable; what they hold is checked
            }
            if (c.getName().startsWith("org.duban.")) {
                check(c, path, seen, faults);
            } else if (!Serializable.class.isAssignableFrom(c)) {
                faults.add(path + ": " + c.getName() + " is not Serializable");
            }
        }
    }

    private static boolean isService(Class<?> type) {
        return type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class);
    }

    private static boolean isNormalScoped(Class<?> type) {
        return type.isAnnotationPresent(RequestScoped.class) || type.isAnnotationPresent(ApplicationScoped.class)
                || type.isAnnotationPresent(SessionScoped.class) || type.isAnnotationPresent(ViewScoped.class);
    }

    private static List<Class<?>> webClasses() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                found.add(Class.forName(name, false, ReplicatedSessionTest.class.getClassLoader()));
            }
        }
        return found;
    }
}
