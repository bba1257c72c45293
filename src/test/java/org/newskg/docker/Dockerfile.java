package org.newskg.docker;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the tests need to know of docker/Dockerfile, read from the file itself so that they follow it:
 * the run stage's instructions (after its last FROM), the build stage's WORKDIR, and what the RUN lines
 * create (directories, the user and group, and which paths they chown to that user).
 */
record Dockerfile(List<Instruction> runStage, String buildWorkdir, List<String> madeDirs, List<String> chowned,
                  int uid, int gid, String userName) {
    static final Path PATH = Path.of("docker/Dockerfile");

    /** One instruction, continuation lines joined: {@code keyword} in upper case, then its arguments. */
    record Instruction(String keyword, String args) {}

    /** A COPY of the run stage: {@code from} is the stage it copies from, or null for the build context. */
    record Copy(String from, String source, String target) {}

    static Dockerfile read() {
        List<Instruction> all = instructions(PATH);
        int lastFrom = 0;
        for (int i = 0; i < all.size(); i++) if (all.get(i).keyword().equals("FROM")) lastFrom = i;
        List<Instruction> build = all.subList(0, lastFrom);
        List<Instruction> run = all.subList(lastFrom, all.size());
        String buildWorkdir = build.stream().filter(i -> i.keyword().equals("WORKDIR")).map(Instruction::args)
                .reduce((a, b) -> b).orElse("/");
        List<String> dirs = new ArrayList<>();
        List<String> chowned = new ArrayList<>();
        String user = null;
        int uid = -1;
        int gid = -1;
        for (Instruction i : run) {
            if (!i.keyword().equals("RUN")) continue;
            for (String command : i.args().split("&&")) {
                List<String> words = Arrays.asList(command.trim().split("\\s+"));
                switch (words.get(0)) {
                    case "mkdir" -> words.stream().skip(1).filter(w -> w.startsWith("/")).forEach(dirs::add);
                    case "chown" -> words.stream().skip(2).filter(w -> w.startsWith("/")).forEach(chowned::add);
                    case "groupadd" -> gid = Integer.parseInt(after(words, "--gid"));
                    case "useradd" -> {
                        uid = Integer.parseInt(after(words, "--uid"));
                        user = words.get(words.size() - 1);
                    }
                    default -> { }
                }
            }
        }
        return new Dockerfile(List.copyOf(run), buildWorkdir, dirs, chowned, uid, gid, user);
    }

    private static String after(List<String> words, String flag) {
        int i = words.indexOf(flag);
        if (i < 0 || i + 1 >= words.size()) throw new IllegalStateException("no " + flag + " in: " + String.join(" ", words));
        return words.get(i + 1);
    }

    static List<Instruction> instructions(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Instruction> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.strip().startsWith("#") || line.isBlank() && current.isEmpty()) continue;
            String s = line.strip();
            boolean continues = s.endsWith("\\");
            current.append(continues ? s.substring(0, s.length() - 1) : s).append(' ');
            if (continues) continue;
            String joined = current.toString().strip();
            current.setLength(0);
            if (joined.isEmpty()) continue;
            String[] kw = joined.split("\\s+", 2);
            out.add(new Instruction(kw[0].toUpperCase(), kw.length > 1 ? kw[1].strip() : ""));
        }
        return out;
    }

    /** The last instruction of the run stage with this keyword (the one Docker uses), or null. */
    String last(String keyword) {
        return runStage.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::args).reduce((a, b) -> b).orElse(null);
    }

    /** ENTRYPOINT or CMD in exec form (a JSON array), as Docker runs it without a shell. */
    List<String> execForm(String keyword) {
        String args = last(keyword);
        if (args == null || !args.startsWith("[")) throw new IllegalStateException(keyword + " is not in exec form: " + args);
        return execFormOf(args);
    }

    /** What {@code docker run IMAGE} runs: ENTRYPOINT followed by CMD. */
    List<String> defaultCommand() {
        List<String> all = new ArrayList<>(execForm("ENTRYPOINT"));
        all.addAll(execForm("CMD"));
        return all;
    }

    List<String> volumes() {
        return execFormOf(last("VOLUME"));
    }

    private static List<String> execFormOf(String json) {
        try {
            return new ObjectMapper().readValue(json, new TypeReference<List<String>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Copy> copies() {
        List<Copy> out = new ArrayList<>();
        for (Instruction i : runStage) {
            if (!i.keyword().equals("COPY")) continue;
            List<String> words = new ArrayList<>(Arrays.asList(i.args().split("\\s+")));
            String from = null;
            if (words.get(0).startsWith("--from=")) from = words.remove(0).substring("--from=".length());
            out.add(new Copy(from, words.get(0), words.get(1)));
        }
        return out;
    }

    /** The HEALTHCHECK's command (shell form, after its options and CMD), as Docker runs it with /bin/sh -c. */
    String healthcheckCommand() {
        String args = last("HEALTHCHECK");
        int cmd = args.indexOf(" CMD ");
        if (cmd < 0) throw new IllegalStateException("HEALTHCHECK without CMD: " + args);
        return args.substring(cmd + " CMD ".length()).strip();
    }

    /** The port the HEALTHCHECK asks, from its URL. */
    int healthcheckPort() {
        Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(last("HEALTHCHECK"));
        if (!m.find()) throw new IllegalStateException("no local URL in HEALTHCHECK");
        return Integer.parseInt(m.group(1));
    }
}
